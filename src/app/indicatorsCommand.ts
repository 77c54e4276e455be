// `harbour indicators --month YYYY-MM [--json]`: every indicator's figure for a month and its year
// to date, for analysts' scripts (the JSON) and a quick look (the table); and
// `harbour indicators benchmarks load FILE`.
import { readFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError } from 'commander';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import { computeIndicators } from '../reports/indicators/compute.ts';
import { indicators } from '../reports/indicators/catalogue.ts';
import { monthPeriod, parseMonth, yearToDatePeriod } from '../reports/indicators/periods.ts';
import { formatValue } from '../reports/indicators/format.ts';
import { textTable } from './textTable.ts';
import { knownIndicator, parseBenchmarks, saveBenchmarks } from '../reports/indicators/benchmarks.ts';
import type { Actor } from '../platform/access/audit.ts';

const month = (value: string) => {
  const parsed = parseMonth(value);
  if (!parsed) throw new InvalidArgumentError('the month must be YYYY-MM, for example 2026-01');
  return parsed;
};

export function registerIndicatorsCommand(
  program: Command,
  withDatabase: <T>(work: (database: HarbourDatabase) => Promise<T>) => Promise<T>,
  actor: Actor,
): void {
  const command = program
    .command('indicators')
    .description("Every performance indicator's figure for a month and its year to date (from 1 April)")
    // Required, but checked in the action: commander would ask for it before `indicators benchmarks` too.
    .option('--month <YYYY-MM>', 'the month (required)', month)
    .option('--json', 'print a JSON array of { id, title, unit, value, numerator, denominator, period, yearToDate }')
    .action((options: { month?: ReturnType<typeof month>; json?: boolean }) => {
      const chosen = options.month;
      if (!chosen) return command.error("error: required option '--month <YYYY-MM>' not specified");
      return withDatabase(async (database) => {
        const inMonth = monthPeriod(chosen);
        const toDate = yearToDatePeriod(chosen);
        const values = await computeIndicators(database.db, indicators, [inMonth, toDate]);
        const figure = (id: string, period: string) => values.find((v) => v.indicatorId === id && v.period === period)!;
        const rows = indicators.map((indicator) => {
          const month = figure(indicator.id, inMonth.key);
          const ytd = figure(indicator.id, toDate.key);
          return {
            id: indicator.id,
            title: indicator.title,
            unit: indicator.unit,
            value: month.value,
            numerator: month.numerator,
            denominator: month.denominator,
            period: inMonth.key,
            yearToDate: {
              period: toDate.key,
              value: ytd.value,
              numerator: ytd.numerator,
              denominator: ytd.denominator,
            },
          };
        });
        if (options.json) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        const table = rows.map((row) => [
          row.id,
          formatValue(row.unit, row.value),
          formatValue(row.unit, row.yearToDate.value),
        ]);
        const header = ['Indicator', inMonth.label, toDate.label];
        console.log(textTable(header, table).join('\n'));
      });
    });

  // harbour indicators benchmarks load FILE: published figures to compare with, all or none.
  command
    .command('benchmarks')
    .description('Benchmarks the indicators are compared with')
    .command('load <file>')
    .description(
      'Load benchmarks from a CSV with the columns indicator,year,area,value,source; nothing is loaded if a row is wrong',
    )
    .action((file: string) =>
      withDatabase(async (database) => {
        const parsed = parseBenchmarks(await readFile(file, 'utf8'), knownIndicator);
        if (!parsed.ok) {
          for (const error of parsed.errors) console.error(`${file}:${error.line}: ${error.message}`);
          throw new Error(
            `nothing was loaded: ${parsed.errors.length} ${parsed.errors.length === 1 ? 'problem' : 'problems'} in ${file}`,
          );
        }
        await saveBenchmarks(database.db, actor, parsed.benchmarks);
        console.log(`Loaded ${parsed.benchmarks.length} benchmarks from ${file}`);
      }),
    );
}
