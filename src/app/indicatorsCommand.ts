// `harbour indicators --month YYYY-MM [--json]`: every indicator's figure for a month and its year
// to date, for analysts' scripts (the JSON) and a quick look (the table).
import { type Command, InvalidArgumentError } from 'commander';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import { computeIndicators } from '../reports/indicators/compute.ts';
import { indicators } from '../reports/indicators/catalogue.ts';
import { monthPeriod, parseMonth, yearToDatePeriod } from '../reports/indicators/periods.ts';
import { formatValue } from '../reports/indicators/format.ts';

const month = (value: string) => {
  const parsed = parseMonth(value);
  if (!parsed) throw new InvalidArgumentError('the month must be YYYY-MM, for example 2026-01');
  return parsed;
};

export function registerIndicatorsCommand(
  program: Command,
  withDatabase: <T>(work: (database: HarbourDatabase) => Promise<T>) => Promise<T>,
): void {
  program
    .command('indicators')
    .description("Every performance indicator's figure for a month and its year to date (from 1 April)")
    .requiredOption('--month <YYYY-MM>', 'the month', month)
    .option('--json', 'print a JSON array of { id, title, unit, value, numerator, denominator, period, yearToDate }')
    .action((options: { month: ReturnType<typeof month>; json?: boolean }) =>
      withDatabase(async (database) => {
        const inMonth = monthPeriod(options.month);
        const toDate = yearToDatePeriod(options.month);
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
        const widths = header.map((title, col) => Math.max(title.length, ...table.map((r) => r[col]!.length)));
        const line = (cells: string[]) =>
          cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
        console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n'));
      }),
    );
}
