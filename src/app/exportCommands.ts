// `harbour export 903 --year 2025-26 --out DIR` and `harbour export cin --year 2025-26 --out FILE`:
// the DfE returns from Harbour's records. Restricted children are in them (the DfE counts every
// child), so each export is one audit event naming the children it holds.
import { collectionYearOption, exportCommandGroup, secondsSince } from './commandGroups.ts';
import { configFromEnvironment } from '../platform/settings/config.ts';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Actor } from '../platform/access/audit.ts';
import { childrenListed } from '../platform/access/audit.ts';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/schema.ts';
import { previousCollectionYear, type CollectionYear } from '../reports/returns/returnDates.ts';
import { build903 } from '../reports/returns/ssda903/build.ts';
import { files903 } from '../reports/returns/ssda903/writeCsv.ts';
import { buildCinCensus } from '../reports/returns/cin/build.ts';
import { cinCensusXml } from '../reports/returns/cin/writeXml.ts';

async function writeTables(folder: string, files: { name: string; text: string }[]) {
  await mkdir(folder, { recursive: true });
  for (const file of files) await writeFile(join(folder, file.name), file.text);
}

/** Writes the year's 903 tables to the folder and last year's to its `previous/`, audited as one export. */
export async function export903(db: Kysely<Database>, actor: Actor, year: CollectionYear, folder: string) {
  const previousYear = previousCollectionYear(year);
  const [tables, previous] = await Promise.all([build903(db, year), build903(db, previousYear)]);
  const children = [...tables.Header, ...previous.Header].map((row) => Number(row.CHILD));
  await childrenListed(db, actor, children, { export: 'SSDA903', year: year.label });
  await writeTables(folder, files903(tables, year.firstYear));
  await writeTables(join(folder, 'previous'), files903(previous, previousYear.firstYear));
  return { tables, previous };
}

/** Writes the year's CIN census to the file, audited as one export. */
export async function exportCin(db: Kysely<Database>, actor: Actor, year: CollectionYear, file: string, lea: string) {
  const census = await buildCinCensus(db, year);
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  await childrenListed(
    db,
    actor,
    census.children.map((child) => child.childId),
    { export: 'CIN census', year: year.label },
  );
  await writeFile(file, cinCensusXml(census, { lea, madeAt: new Date(), release: version }));
  return census;
}

export function registerExportCommands(
  program: Command,
  withDatabase: <T>(work: (database: HarbourDatabase) => Promise<T>) => Promise<T>,
  actor: Actor,
): void {
  const exportCommand = exportCommandGroup(program);
  exportCommand
    .command('903')
    .description(
      "The SSDA903 CSV tables for a collection year, and last year's in DIR/previous for the rules that compare",
    )
    .requiredOption('--year <YYYY-YY>', 'the collection year, such as 2025-26', collectionYearOption)
    .requiredOption('--out <dir>', 'the folder to write the tables to')
    .action((options: { year: CollectionYear; out: string }) =>
      withDatabase(async (database) => {
        const started = performance.now();
        const { tables, previous } = await export903(database.db, actor, options.year, options.out);
        console.log(
          `SSDA903 ${options.year.label}: ${tables.Header.length} children, ${tables.Episodes.length} episodes ` +
            `(last year: ${previous.Header.length} children) written to ${options.out} in ${secondsSince(started)}`,
        );
      }),
    );
  exportCommand
    .command('cin')
    .description('The CIN census XML for a collection year')
    .requiredOption('--year <YYYY-YY>', 'the collection year, such as 2025-26', collectionYearOption)
    .requiredOption('--out <file>', 'the XML file to write')
    .option(
      '--lea <code>',
      "the council's three-digit DfE local authority number, for the header (default: HARBOUR_LA_NUMBER)",
      configFromEnvironment().councilLaNumber ?? '',
    )
    .action((options: { year: CollectionYear; out: string; lea: string }) =>
      withDatabase(async (database) => {
        const started = performance.now();
        const census = await exportCin(database.db, actor, options.year, options.out, options.lea);
        console.log(
          `CIN census ${options.year.label}: ${census.children.length} children written to ${options.out} in ${secondsSince(started)}`,
        );
        if (!options.lea)
          console.warn(
            'The header has no LEA: give the council’s DfE number with --lea (or HARBOUR_LA_NUMBER) before sending it.',
          );
      }),
    );
}
