// `harbour validate 903 DIR` (and the other returns commands): validate files from anywhere — a
// council's current system included — and print each finding with its rule, table, row and child.
import { collectionYearOption } from './commandGroups.ts';
import { type Command, InvalidArgumentError } from 'commander';
import type { Finding, ValidationReport } from '../reports/returns/findings.ts';
import { collectionYearHolding, dayFromIsoDate, dayFromUkDate } from '../reports/returns/returnDates.ts';
import type { CollectionYear } from '../reports/returns/returnDates.ts';
import { ofstedProvidersReader, postcodeDirectoryReader, readLookupFile } from '../reports/returns/ssda903/lookups.ts';
import { csvFilesIn, read903Tables, yearOfTables } from '../reports/returns/ssda903/readTables.ts';
import type { FileProblem } from '../reports/returns/ssda903/readTables.ts';
import { rulesets903 } from '../reports/returns/ssda903/rulesets.ts';
import { validate903 } from '../reports/returns/ssda903/validate.ts';
import { readCinFile } from '../reports/returns/cin/readXml.ts';
import { cinRulesets } from '../reports/returns/cin/rulesets.ts';
import { validateCin } from '../reports/returns/cin/validate.ts';

/** A local authority as the ONS codes it (and as the postcode directory's laua column holds it). */
const laOption = (value: string): string => {
  const code = value.trim().toUpperCase();
  if (!/^[EWSN]\d{8}$/.test(code))
    throw new InvalidArgumentError('the local authority must be its ONS code, such as E06000051');
  return code;
};

function printReport(report: ValidationReport, problems: readonly FileProblem[], json: boolean, ruleCount: number) {
  if (json) {
    const rows = report.findings.map(({ rule, table, row, child, message }: Finding) => ({
      rule,
      table,
      row,
      child,
      message,
    }));
    console.log(JSON.stringify(rows, null, 2));
    for (const problem of problems)
      console.error(`${problem.file}${problem.line ? ` line ${problem.line}` : ''}: ${problem.message}`);
    return;
  }
  for (const problem of problems)
    console.log(`${problem.file}${problem.line ? ` line ${problem.line}` : ''}: ${problem.message}`);
  // Not textTable: a council's first run can find tens of thousands, so columns are a fixed width.
  if (report.findings.length)
    console.log(`${'Rule'.padEnd(10)}${'Table'.padEnd(15)}${'Row'.padStart(7)}  ${'Child'.padEnd(12)}Message`);
  for (const finding of report.findings) {
    const row = String(finding.row ?? '').padStart(7);
    console.log(
      `${finding.rule.padEnd(10)}${finding.table.padEnd(15)}${row}  ${(finding.child ?? '').padEnd(12)}${finding.message}`,
    );
  }
  const rulesFailed = new Set(report.findings.map((finding) => finding.rule)).size;
  console.log(
    `\n${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} from ${rulesFailed} of ${ruleCount - report.notRun.length} rules run.`,
  );
  if (report.notRun.length) {
    console.log(`Not run (${report.notRun.length}):`);
    for (const skipped of report.notRun) console.log(`  ${skipped.rule}: ${skipped.reason}`);
  }
}

interface Validate903Options {
  readonly previous?: string;
  readonly year?: CollectionYear;
  readonly ofstedProviders?: string;
  readonly postcodes?: string;
  readonly la?: string;
  readonly json?: boolean;
}

export function registerReturnsCommands(program: Command): void {
  const validate = program.command('validate').description("Validate a return's files against the DfE's rules");
  validate
    .command('903')
    .description('Validate SSDA903 CSV tables (each recognised by its header row, whatever the file is called)')
    .argument('<dir>', 'the folder holding the year’s CSV files')
    .option('--previous <dir>', 'last year’s tables, for the rules that compare with them')
    .option(
      '--year <YYYY-YY>',
      'the collection year (default: the year of the latest episode or review)',
      collectionYearOption,
    )
    .option(
      '--ofsted-providers <file>',
      'Ofsted’s providers as CSV (the DfE’s URN lookup: URN, Placement code, Placement provider code, Setting address postcode, Registration date, Deregistration date), for the URN rules',
    )
    .option(
      '--postcodes <file>',
      'the ONS Postcode Directory as CSV (pcds and laua or oslaua columns, and oseast1m and osnrth1m for the distance rules), for the placement area rules',
    )
    .option('--la <code>', 'the council’s local authority code (ONS, e.g. E06000051), for the own-area rules', laOption)
    .option('--json', 'print a JSON array of { rule, table, row, child, message }')
    .action(async (dir: string, options: Validate903Options) => {
      // The lookups first: a bad one stops the run before the return is read.
      const lookups = {
        ...(options.ofstedProviders
          ? { ofstedProviders: await readLookupFile(options.ofstedProviders, ofstedProvidersReader()) }
          : {}),
        ...(options.postcodes ? await readLookupFile(options.postcodes, postcodeDirectoryReader()) : {}),
        ...(options.la ? { localAuthority: options.la } : {}),
      };
      const current = await read903Tables(await csvFilesIn(dir));
      const previous = options.previous ? await read903Tables(await csvFilesIn(options.previous)) : null;
      const latest = yearOfTables(current.tables, dayFromUkDate);
      const year = options.year ?? (latest === null ? null : collectionYearHolding(latest));
      if (!year) throw new Error('no dated episode or review: name the collection year with --year');
      const rules = rulesets903[year.label];
      if (!rules)
        throw new Error(`Harbour has no 903 rules for ${year.label}; it has ${Object.keys(rulesets903).join(', ')}`);
      const report = validate903(
        { year, tables: current.tables, present: current.present, previous: previous?.tables ?? null, lookups },
        rules,
      );
      printReport(report, [...current.problems, ...(previous?.problems ?? [])], Boolean(options.json), rules.length);
      if (report.findings.length || current.problems.length) process.exitCode = 1;
    });

  validate
    .command('cin')
    .description('Validate a CIN census XML file (streamed), whatever system wrote it')
    .argument('<file>', 'the census file')
    .option(
      '--year <YYYY-YY>',
      'the collection year (default: the year of the Header’s ReferenceDate)',
      collectionYearOption,
    )
    .option('--json', 'print a JSON array of { rule, table, row, child, message } (row: the line its block opens on)')
    .action(async (file: string, options: { year?: CollectionYear; json?: boolean }) => {
      const census = await readCinFile(file);
      const reference = dayFromIsoDate(census.tables.Header[0]?.ReferenceDate ?? '');
      const year = options.year ?? (reference === null ? null : collectionYearHolding(reference));
      if (!year) throw new Error('the census has no ReferenceDate: name the collection year with --year');
      const rules = cinRulesets[year.label];
      if (!rules)
        throw new Error(
          `Harbour has no CIN census rules for ${year.label}; it has ${Object.keys(cinRulesets).join(', ')}`,
        );
      const report = validateCin(year, census.tables, rules);
      const problems = census.problems.map((problem) => ({ file, ...problem }));
      printReport(report, problems, Boolean(options.json), rules.length);
      if (report.findings.length || problems.length) process.exitCode = 1;
    });
}
