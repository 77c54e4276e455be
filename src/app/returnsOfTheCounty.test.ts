import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from './testing/testDatabase.ts';
import { parseXml, structureProblems } from './testing/cinStructure.ts';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import { seedCounty } from './synth/seed.ts';
import { collectionYear, previousCollectionYear, type CollectionYear } from '../reports/returns/returnDates.ts';
import { build903 } from '../reports/returns/ssda903/build.ts';
import { rulesets903 } from '../reports/returns/ssda903/rulesets.ts';
import { validate903 } from '../reports/returns/ssda903/validate.ts';
import { tablesInYear } from '../reports/returns/ssda903/tables.ts';
import { buildCinCensus } from '../reports/returns/cin/build.ts';
import { cinCensusXml } from '../reports/returns/cin/writeXml.ts';
import { readCin } from '../reports/returns/cin/readXml.ts';
import { cinRulesets } from '../reports/returns/cin/rulesets.ts';
import { validateCin } from '../reports/returns/cin/validate.ts';
import { files903 } from '../reports/returns/ssda903/writeCsv.ts';
import type { Tables903 } from '../reports/returns/ssda903/tables.ts';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// A small synthetic county's returns for its last year: each raises no rule beyond the ones listed
// below, and the census message keeps to its structure.

/**
 * What the 903 rules find in the synthetic county today: what Harbour or the synthetic county does
 * not hold yet, and what the DfE's checks cannot see or read otherwise than Harbour. A rule not
 * listed here is a new fault: the test fails on it.
 */
const knownFindings = new Set([
  // The checks see this year's and last year's episodes only (the DfE's own note on 1001 and 1002):
  // a young person who left care before last year's return shows none. The county's care leavers
  // left from 2022, four years before.
  ...['1001', '1002'],
  // 436 reads RNE B (a change of placement with the same carers: a long-term match) as a change of
  // legal status too, where rule 380 and Harbour's care area read it as placement only: for the
  // care area to settle against the year's guide.
  '436',
  // SW17STG2 asks every child's last social worker episode to be open at 31 March, also a child who
  // left care in the year and whose allocation ended with it (adopted, home, another council).
  'SW17STG2',
]);

/**
 * What the CIN census rules find in the same county: queries only, each something a council
 * explains rather than an error. 2887Q and 2888Q: a small county records few disability codes, one
 * a child; 2991Q: a section 47 enquiry begun before the assessment is done; 8670Q: assessments
 * overdue at the year's end; 8825Q: a referral closed with no further action (RC8) before any
 * assessment; 8873Q: an assessment finding no factors (21) on an episode that went on.
 */
const knownCinFindings = new Set(['2887Q', '2888Q', '2991Q', '8670Q', '8825Q', '8873Q']);
const year = collectionYear('2025-26') as CollectionYear;
let database: HarbourDatabase | undefined;
let scratch: string | undefined;
after(async () => {
  await database?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

interface Reported {
  rule: string;
  table: string;
  row: number | null;
  child: string | null;
}

/** `harbour validate …  --json` as a council runs it, in its own process: the findings it prints. */
async function validatedByCommand(args: string[]): Promise<Reported[]> {
  const root = join(import.meta.dirname, '..', '..');
  const run = promisify(execFile);
  const printed = await run(process.execPath, ['--import', 'tsx', 'src/app/cli.ts', 'validate', ...args, '--json'], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  }).catch((failed: { code?: number; stdout?: string; stderr?: string }) => {
    // Findings make the command exit 1; anything else is a failure of the command.
    if (failed.code !== 1 || !failed.stdout) throw new Error(`harbour validate failed: ${failed.stderr}`);
    return { stdout: failed.stdout };
  });
  return (JSON.parse(printed.stdout) as Reported[]).map(({ rule, table, row, child }) => ({ rule, table, row, child }));
}

/** What the second report has that the first has not (as "rule table row child"). */
const added = (before: Reported[], after: Reported[], key: (finding: Reported) => string) => {
  const known = new Set(before.map(key));
  return after
    .map(key)
    .filter((finding) => !known.has(finding))
    .sort();
};

/** Writes each table's CSV into the folder. */
async function write903(folder: string, tables: Tables903) {
  await mkdir(folder, { recursive: true });
  for (const { name, text } of files903(tables, year.firstYear)) await writeFile(join(folder, name), text);
}

test("the synthetic county's returns for 2025-26", { timeout: 600_000 }, async (t) => {
  database = await testDatabase();
  await seedCounty(database.db, { scale: 0.05, years: 4, seed: 14, endDate: '2026-03-31' });

  await t.test(
    'the 903 holds every table of the year, its children looked after or leaving care, and raises only the known findings',
    async () => {
      const tables = await build903(database!.db, year);
      const previous = await build903(database!.db, previousCollectionYear(year));
      assert.ok(tables.Episodes.length > 10, `${tables.Episodes.length} episodes`);
      assert.ok(tables.Reviews.length > 0 && tables.OC3.length > 0, 'reviews and care leavers');
      const children = new Set(tables.Header.map((row) => row.CHILD));
      for (const table of tablesInYear(year.firstYear))
        for (const row of tables[table]) assert.ok(children.has(row.CHILD), `${table} child ${row.CHILD} is in Header`);
      const report = validate903(
        { year, tables, present: new Set(tablesInYear(year.firstYear)), previous },
        rulesets903['2025-26'] ?? [],
      );
      assert.deepEqual(
        [...new Set(report.findings.map((finding) => finding.rule))].filter((rule) => !knownFindings.has(rule)),
        [],
      );
      // Every table is given: only rules needing a council's lookup (or the XML return's flags) are not run.
      assert.deepEqual(
        report.notRun.filter((skipped) => /table/.test(skipped.reason) && !/XML/.test(skipped.reason)),
        [],
      );
    },
  );

  await t.test('harbour validate reports exactly the errors planted in the county’s 903 and census', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'harbour-planted-'));
    const tables = await build903(database!.db, year);
    const previous = await build903(database!.db, previousCollectionYear(year));
    await write903(join(scratch, 'previous'), previous);
    await write903(join(scratch, 'as-built'), tables);
    // One error in each of three tables, on rows of children new this year (last year's return would
    // disagree with a changed value too) and read by nothing else: a boy's sex (101), a child's
    // ethnicity (103), and the category of need of a child's only episode (145).
    const lastYear = new Set(previous.Header.map((row) => row.CHILD));
    const uasc = new Set(tables.UASC.map((row) => row.CHILD));
    const episodesOf = (child: string) => tables.Episodes.filter((row) => row.CHILD === child);
    const newChildren = tables.Header.filter((row) => !lastYear.has(row.CHILD) && !uasc.has(row.CHILD));
    const boy = newChildren.find((row) => row.SEX === 'M')!;
    const other = newChildren.find((row) => row !== boy)!;
    const only = tables.Episodes.find(
      (row) => !lastYear.has(row.CHILD) && row.CHILD !== boy.CHILD && episodesOf(row.CHILD).length === 1,
    )!;
    const planted: Tables903 = {
      ...tables,
      Header: tables.Header.map((row) =>
        row === boy ? { ...row, SEX: 'Q' } : row === other ? { ...row, ETHNIC: 'XXXX' } : row,
      ),
      Episodes: tables.Episodes.map((row) => (row === only ? { ...row, CIN: 'N0' } : row)),
    };
    await write903(join(scratch, 'planted'), planted);
    const args903 = (folder: string) => ['903', join(scratch!, folder), '--previous', join(scratch!, 'previous')];
    const key903 = ({ rule, table, row, child }: Reported) => `${rule} ${table} ${row} ${child}`;
    const [asBuilt903, planted903] = [
      await validatedByCommand(args903('as-built')),
      await validatedByCommand(args903('planted')),
    ];
    assert.deepEqual(added(asBuilt903, planted903, key903), [
      `101 Header ${boy.$row} ${boy.CHILD}`,
      `103 Header ${other.$row} ${other.CHILD}`,
      `145 Episodes ${only.$row} ${only.CHILD}`,
    ]);
    assert.deepEqual(added(planted903, asBuilt903, key903), [], 'and nothing the return raised before is lost');

    // The census: an ethnicity (4220) and a referral's source (8866), each of one child.
    const census = await buildCinCensus(database!.db, year);
    const xml = cinCensusXml(census, { lea: '893', madeAt: new Date('2026-04-20T10:00:00Z'), release: '0.1.0' });
    const childBlocks = xml.split('<Child>');
    const [first, second] = [1, 2].map((index) => /<LAchildID>([^<]+)<\/LAchildID>/.exec(childBlocks[index]!)![1]!);
    childBlocks[1] = childBlocks[1]!.replace(/<Ethnicity>[^<]*<\/Ethnicity>/, '<Ethnicity>XXXX</Ethnicity>');
    childBlocks[2] = childBlocks[2]!.replace(
      /<ReferralSource>[^<]*<\/ReferralSource>/,
      '<ReferralSource>99</ReferralSource>',
    );
    await writeFile(join(scratch, 'as-built.xml'), xml);
    await writeFile(join(scratch, 'planted.xml'), childBlocks.join('<Child>'));
    const keyCin = ({ rule, child }: Reported) => `${rule} ${child}`;
    const asBuilt = await validatedByCommand(['cin', join(scratch, 'as-built.xml')]);
    const withPlanted = await validatedByCommand(['cin', join(scratch, 'planted.xml')]);
    assert.deepEqual(added(asBuilt, withPlanted, keyCin), [`4220 ${first}`, `8866 ${second}`].sort());
    assert.deepEqual(added(withPlanted, asBuilt, keyCin), []);
  });

  await t.test(
    'the CIN census keeps to the structure the DfE specifies and raises only the known findings',
    async () => {
      const census = await buildCinCensus(database!.db, year);
      assert.ok(census.children.length > 20, `${census.children.length} children`);
      const xml = cinCensusXml(census, { lea: '893', madeAt: new Date('2026-04-20T10:00:00Z'), release: '0.1.0' });
      assert.deepEqual(structureProblems(parseXml(xml)), []);
      // Validated as the DfE receives it: the XML read back by the reader of a council's file.
      const report = validateCin(year, (await readCin(xml)).tables, cinRulesets['2025-26'] ?? []);
      assert.deepEqual(
        [...new Set(report.findings.map((finding) => finding.rule))].filter((rule) => !knownCinFindings.has(rule)),
        [],
      );
    },
  );
});
