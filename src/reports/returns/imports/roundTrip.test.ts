import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabase } from '../../../app/testing/testDatabase.ts';
import { testActor } from '../../../app/testing/actors.ts';
import { seedCounty } from '../../../app/synth/seed.ts';
import type { HarbourDatabase } from '../../../platform/db/connection.ts';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { build903 } from '../ssda903/build.ts';
import { files903 } from '../ssda903/writeCsv.ts';
import { csvFilesIn, read903Tables } from '../ssda903/readTables.ts';
import type { TableName, Tables903 } from '../ssda903/tables.ts';
import { buildCinCensus } from '../cin/build.ts';
import { cinCensusXml } from '../cin/writeXml.ts';
import { readCin, readCinFile } from '../cin/readXml.ts';
import type { CinTableName, CinTables } from '../cin/tables.ts';
import { import903 } from './import903.ts';
import { importCin } from './importCin.ts';
import { dateWindow, notCarried903 } from './records903.ts';
import { notCarriedCin } from './recordsCin.ts';

// Issue 14's round trip: a year's return imported into an empty Harbour and exported again gives
// back the same rows for what both carry. CHILD (LAchildID) is Harbour's own id in an export, so
// the second export's children are named by the id they were imported with (previous_system_id).

const year = collectionYear('2025-26') as CollectionYear;
const window = dateWindow('2026-12-01');
const header = { lea: '893', madeAt: new Date('2026-04-20T10:00:00Z'), release: '0.1.0' };
const folders: string[] = [];
const databases: HarbourDatabase[] = [];
after(async () => {
  await Promise.all(databases.map((database) => database.close()));
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

const tables903 = [
  'Header',
  'Episodes',
  'Reviews',
  'UASC',
  'Missing',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'SWEpisodes',
  'PrevPerm',
] as const satisfies readonly TableName[];
const tablesCin = [
  'ChildIdentifiers',
  'ChildCharacteristics',
  'Disabilities',
  'CINdetails',
  'Assessments',
  'AssessmentFactors',
  'CINplanDates',
  'Section47',
  'ChildProtectionPlans',
  'Reviews',
  'PreProceedings',
] as const satisfies readonly CinTableName[];

type Row = Record<string, string | number>;

/** A table's rows as sorted lines of the carried columns, the child named by `childOf`. */
function carriedRows(
  rows: readonly object[],
  childKey: string,
  drop: readonly string[],
  childOf: (id: string) => string,
) {
  return rows
    .map((row) => {
      const values = { ...(row as Row) };
      delete values.$row;
      for (const column of drop) delete values[column];
      values[childKey] = childOf(String(values[childKey]));
      return JSON.stringify(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    })
    .sort();
}

async function freshDatabase() {
  const database = await testDatabase();
  databases.push(database);
  return { database, actor: await testActor(database.db, 'administrator') };
}

/** Harbour's ids of the imported children, as the ids they were imported with. */
async function previousIds(database: HarbourDatabase): Promise<(id: string) => string> {
  const rows = await database.db.selectFrom('children').select(['id', 'previous_system_id']).execute();
  const ids = new Map(rows.map((row) => [String(row.id), row.previous_system_id ?? `unimported ${row.id}`]));
  return (id) => ids.get(id) ?? `unknown ${id}`;
}

async function writeFolder(files: { name: string; text: string }[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'harbour-round-'));
  folders.push(dir);
  for (const file of files) await writeFile(join(dir, file.name), file.text);
  return dir;
}

/** Imports a folder of 903 files into a fresh Harbour and exports the year again. */
async function roundTrip903(dir: string, collection: CollectionYear) {
  const { database, actor } = await freshDatabase();
  const report = await import903(database.db, actor, await read903Tables(await csvFilesIn(dir)), {
    window,
    year: collection,
  });
  return { report, tables: await build903(database.db, collection), childOf: await previousIds(database) };
}

/**
 * Known difference: a young person only in OC3 (a care leaver, not looked after in the year) is not
 * exported again. OC3 lists care leavers whose care ended before their birthday in the year, and
 * Harbour finds them from their periods of care and their care leaver status; a year's return holds
 * neither (the care was in earlier years' Episodes, the status is not a column), so the import keeps
 * the OC3 row as a contact that no export of this year alone can give back.
 */
const careLeaversOnly = (tables: Tables903) => {
  const lookedAfter = new Set(tables.Episodes.map((row) => row.CHILD));
  return new Set(tables.OC3.map((row) => row.CHILD).filter((child) => !lookedAfter.has(child)));
};

const isoOf = (uk: string) => uk.split('/').reverse().join('-');

/**
 * Known difference: a Missing row that began when the child was not in care (the fake data has
 * some after the last episode ended) is kept by the import, as Harbour records a child missing from
 * home too, but not exported: the DfE's Missing table is of children missing or away from their
 * placement while looked after, so the export is right to leave it out.
 */
const missingOutsideCare = (tables: Tables903) =>
  new Set(
    tables.Missing.filter(
      (row) =>
        !tables.Episodes.some(
          (episode) =>
            episode.CHILD === row.CHILD &&
            isoOf(episode.DECOM) <= isoOf(row.MIS_START) &&
            (!episode.DEC || isoOf(row.MIS_START) <= isoOf(episode.DEC)),
        ),
    ),
  );

/**
 * Known difference: a girl looked after in the year whose MOTHER the given return left blank (the
 * fake data has one) is exported with MOTHER 0, as rule 393 asks; Harbour holds no birth of her child.
 */
const motherAsked = (tables: Tables903): Tables903 => {
  // Not only on short breaks (V3, V4: rule 399 asks no MOTHER of them).
  const lookedAfter = new Set(
    tables.Episodes.filter((row) => row.LS !== 'V3' && row.LS !== 'V4').map((row) => row.CHILD),
  );
  const header = tables.Header.map((row) =>
    row.MOTHER === '' && ['2', 'F'].includes(row.SEX) && lookedAfter.has(row.CHILD) ? { ...row, MOTHER: '0' } : row,
  );
  return { ...tables, Header: header };
};

/** Each carried 903 table of both exports (or those named), children named alike. */
function compare903(
  returned: Tables903,
  again: Tables903,
  childOf: (id: string) => string,
  tables: readonly TableName[] = tables903,
) {
  const given = motherAsked(returned);
  const leavers = careLeaversOnly(given);
  const outsideCare: ReadonlySet<object> = missingOutsideCare(given);
  for (const table of tables)
    assert.deepEqual(
      carriedRows(again[table], 'CHILD', notCarried903[table] ?? [], childOf),
      carriedRows(
        given[table].filter((row) => !leavers.has(row.CHILD) && !outsideCare.has(row)),
        'CHILD',
        notCarried903[table] ?? [],
        String,
      ),
      `${table} round trips`,
    );
}

/** A census's blocks with the ids readCin numbers them by replaced by their episode's, assessment's and plan's dates. */
function keyedByDate(tables: CinTables): Record<(typeof tablesCin)[number], Row[]> {
  const referralDate = new Map(tables.CINdetails.map((row) => [row.CINdetailsID, row.CINreferralDate]));
  const assessmentDate = new Map(tables.Assessments.map((row) => [row.AssessmentID, row.AssessmentActualStartDate]));
  const planDate = new Map(tables.ChildProtectionPlans.map((row) => [row.CPPID, row.CPPstartDate]));
  const rekey = (row: object): Row => {
    const values = { ...(row as Row) };
    if ('CINdetailsID' in values) values.CINdetailsID = referralDate.get(String(values.CINdetailsID)) ?? '';
    if ('AssessmentID' in values) values.AssessmentID = assessmentDate.get(String(values.AssessmentID)) ?? '';
    if ('CPPID' in values) values.CPPID = planDate.get(String(values.CPPID)) ?? '';
    return values;
  };
  return Object.fromEntries(tablesCin.map((table) => [table, tables[table].map(rekey)])) as Record<
    (typeof tablesCin)[number],
    Row[]
  >;
}

const notCarriedCinColumns = (table: string) =>
  notCarriedCin.filter((name) => name.startsWith(`${table}.`)).map((name) => name.slice(table.length + 1));

/** Imports a census file into a fresh Harbour, exports the year again and compares the carried blocks. */
async function roundTripCin(file: string, given: CinTables) {
  const { database, actor } = await freshDatabase();
  const report = await importCin(database.db, actor, await readCinFile(file), 'census.xml', { window, year });
  assert.deepEqual(report.refused, []);
  const again = await readCin(cinCensusXml(await buildCinCensus(database.db, year), header));
  const childOf = await previousIds(database);
  const before = keyedByDate(given);
  const after = keyedByDate(again.tables);
  for (const table of tablesCin)
    assert.deepEqual(
      carriedRows(after[table], 'LAchildID', notCarriedCinColumns(table), childOf),
      carriedRows(before[table], 'LAchildID', notCarriedCinColumns(table), String),
      `${table} round trips`,
    );
}

test(
  "the synthetic county's 2025-26 returns, imported into an empty Harbour, export the same rows",
  { timeout: 120_000 },
  async (t) => {
    const { database } = await freshDatabase();
    await seedCounty(database.db, { scale: 0.02, years: 2, seed: 14, endDate: '2026-03-31' });

    await t.test('the 903', async () => {
      const given = await build903(database.db, year);
      assert.ok(given.Episodes.length > 5 && given.Reviews.length > 0, `${given.Episodes.length} episodes`);
      assert.ok(
        given.OC2.length > 3 && given.UASC.length > 0,
        `${given.OC2.length} OC2, ${given.UASC.length} UASC rows`,
      );
      assert.ok(given.SWEpisodes.length > 5, `${given.SWEpisodes.length} SWEpisodes rows`);
      const dir = await writeFolder(files903(given, year.firstYear));
      const { report, tables, childOf } = await roundTrip903(dir, year);
      assert.deepEqual(report.refused, []);
      assert.ok(careLeaversOnly(given).size > 0, 'the known difference is met');
      compare903(given, tables, childOf);
    });

    await t.test('the CIN census', async () => {
      const xml = cinCensusXml(await buildCinCensus(database.db, year), header);
      const given = await readCin(xml);
      assert.ok(given.tables.Assessments.length > 5, `${given.tables.Assessments.length} assessments`);
      for (const table of ['CINplanDates', 'Section47', 'ChildProtectionPlans', 'Reviews'] as const)
        assert.ok(given.tables[table].length > 3, `${given.tables[table].length} ${table} rows`);
      assert.ok(given.tables.PreProceedings.length > 0, 'the county has pre-proceedings to round trip');
      const dir = await writeFolder([{ name: 'census.xml', text: xml }]);
      await roundTripCin(join(dir, 'census.xml'), given.tables);
    });
  },
);

test("the community validators' fake 903 for 2017-18, imported and exported, gives back its rows", async () => {
  const dir = join(import.meta.dirname, 'fixtures', 'fake903-2017-18');
  const given = await read903Tables(await csvFilesIn(dir));
  assert.deepEqual(given.problems, []);
  const { report, tables, childOf } = await roundTrip903(dir, collectionYear('2017-18') as CollectionYear);
  assert.deepEqual(report.refused, []);
  assert.equal(report.children.created, 11);
  assert.ok(careLeaversOnly(given.tables).size > 0, 'the known difference is met');
  assert.equal(missingOutsideCare(given.tables).size, 2, 'and the other');
  compare903(given.tables, tables, childOf);
});

test('a 903 with adoptions in the year, a decision reversed and one still open, imported and exported, gives back its rows', async () => {
  // The synthetic county adopts too few children in a year at a small scale: four children by hand.
  const lines = (header: string, rows: string[]) => [header, ...rows].join('\r\n') + '\r\n';
  const dir = await writeFolder([
    {
      name: 'header.csv',
      text: lines('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', [
        'K1,F,10/05/2022,WBRI,,,',
        'K2,M,03/03/2021,WBRI,,,',
        'K3,F,03/03/2021,MWBC,,,',
        'K4,M,07/07/2022,WBRI,,,',
      ]),
    },
    {
      name: 'episodes.csv',
      text: lines('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN', [
        'K1,01/02/2024,S,C2,N1,U4,PR1,01/07/2025,X1,CARPL,SY1 1,SY3 9,XXXXXXX',
        'K1,01/07/2025,T,E1,N1,A5,PR1,15/01/2026,E11,,SY1 1,SY3 9,XXXXXXX',
        'K2,01/02/2024,S,C2,N1,U4,PR1,,,,SY1 1,SY3 9,XXXXXXX',
        'K3,01/02/2024,S,C2,N1,U4,PR1,,,,SY1 1,SY3 9,XXXXXXX',
        'K4,01/02/2024,S,C2,N1,U4,PR1,01/08/2025,X1,CARPL,SY1 1,SY3 9,XXXXXXX',
        'K4,01/08/2025,T,E1,N1,A6,PR1,20/02/2026,E12,,SY1 1,SY3 9,XXXXXXX',
      ]),
    },
    {
      name: 'placed.csv',
      text: lines('CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED', [
        'K1,10/05/2022,01/03/2025,,',
        'K2,03/03/2021,01/05/2024,01/10/2025,RD3',
        'K3,03/03/2021,01/09/2025,,',
        'K4,07/07/2022,01/04/2025,,',
      ]),
    },
    {
      name: 'ad1.csv',
      text: lines('CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR', [
        'K1,10/05/2022,01/03/2025,01/06/2025,1,2,MF,L11',
        // Adopters not recorded: the columns stay blank.
        'K4,07/07/2022,01/04/2025,01/07/2025,0,,,',
      ]),
    },
  ]);
  const given = await read903Tables(await csvFilesIn(dir));
  assert.deepEqual(given.problems, []);
  const { report, tables, childOf } = await roundTrip903(dir, year);
  assert.deepEqual(report.refused, []);
  compare903(given.tables, tables, childOf, ['Header', 'Episodes', 'AD1', 'PlacedAdoption']);
});
