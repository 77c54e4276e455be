// `harbour import 903 DIR` and `harbour import cin FILE`: a council's past returns loaded into
// Harbour's records, so its history, dashboards and timescales work from the first day. Each
// prints every row refused with its file, line and reason, and what was loaded.
import { collectionYearOption } from './commandGroups.ts';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { Actor } from '../platform/access/audit.ts';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import { systemClock } from '../core/clock.ts';
import type { CollectionYear } from '../reports/returns/returnDates.ts';
import { csvFilesIn, read903Tables } from '../reports/returns/ssda903/readTables.ts';
import { dateWindow } from '../reports/returns/imports/records903.ts';
import { import903 } from '../reports/returns/imports/import903.ts';
import { reportLines, type ImportReport } from '../reports/returns/imports/report.ts';
import { importCin } from '../reports/returns/imports/importCin.ts';
import { readCinFile } from '../reports/returns/cin/readXml.ts';

function printReport(report: ImportReport, json: boolean): void {
  if (json) console.log(JSON.stringify(report, null, 2));
  else for (const line of reportLines(report)) console.log(line);
  if (report.refused.length) process.exitCode = 1;
}

export function registerImportCommands(
  program: Command,
  withDatabase: <T>(work: (database: HarbourDatabase) => Promise<T>) => Promise<T>,
  actor: Actor,
): void {
  const command = program
    .command('import')
    .description("Load a council's past returns into Harbour's records (a second run changes nothing)");
  command
    .command('903')
    .description(
      'Load a year of SSDA903 CSV tables (each recognised by its header row): every table of the year, from Header and Episodes to SWEpisodes and DoLo',
    )
    .argument('<dir>', 'the folder holding the year’s CSV files')
    .option('--year <YYYY-YY>', 'the collection year: rows outside it are refused', collectionYearOption)
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, options: { year?: CollectionYear; json?: boolean }) => {
      const read = await read903Tables(await csvFilesIn(dir));
      const window = dateWindow(systemClock().today().toString());
      const report = await withDatabase((database) =>
        import903(database.db, actor, read, { window, year: options.year ?? null }),
      );
      printReport(report, Boolean(options.json));
    });
  command
    .command('cin')
    .description(
      'Load a CIN census XML file (streamed): children, CIN episodes as referrals, their assessments, CIN plans, section 47 enquiries, child protection plans and reviews, and pre-proceedings',
    )
    .argument('<file>', 'the census file')
    .option('--year <YYYY-YY>', 'the collection year: CIN episodes not open in it are refused', collectionYearOption)
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: { year?: CollectionYear; json?: boolean }) => {
      const read = await readCinFile(file);
      const window = dateWindow(systemClock().today().toString());
      const report = await withDatabase((database) =>
        importCin(database.db, actor, read, basename(file), { window, year: options.year ?? null }),
      );
      printReport(report, Boolean(options.json));
    });
}
