import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HarbourDatabase } from '../../../platform/db/connection.ts';
import { testDatabase, testTeamName } from '../../../app/testing/testDatabase.ts';
import { fixtureRows } from '../../../app/testing/indicatorFixtures.ts';
import { testActor } from '../../../app/testing/actors.ts';
import { export903 } from '../../../app/exportCommands.ts';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { build903 } from './build.ts';
import { read903Tables, csvFilesIn } from './readTables.ts';
import { rulesets903 } from './rulesets.ts';
import { validate903 } from './validate.ts';
import { tablesInYear, type Tables903, type TableName } from './tables.ts';

// Two children: Nadia, looked after since November 2024 (a move in June 2025 with the reason, a
// review, a night missing, her health checks, two social workers), and Owen, who left care in
// January 2025 and was in touch around his 18th birthday in July 2025.
const year = collectionYear('2025-26') as CollectionYear;
let database: HarbourDatabase;
let nadia: number;
let owen: number;
let workers: number[];

before(async () => {
  database = await testDatabase();
  const db = database.db;
  [nadia, owen] = (await fixtureRows(db, 'children', [
    {
      forename: 'Nadia',
      surname: 'Test',
      sex: 'F',
      date_of_birth: '2010-05-15',
      ethnicity: 'WBRI',
      upn: 'A123456789012',
    },
    { forename: 'Owen', surname: 'Test', sex: 'M', date_of_birth: '2007-07-20', ethnicity: 'BAFR', upn_unknown: 'UN2' },
  ])) as [number, number];
  const [nadiaCare, owenCare] = await fixtureRows(db, 'periods_of_care', [
    { child_id: nadia, start_date: '2024-11-01' },
    { child_id: owen, start_date: '2022-01-10', end_date: '2025-01-31' },
  ]);
  const episode = { legal_status: 'C2', category_of_need: 'N1', home_postcode: 'SY1 1AA' };
  await fixtureRows(db, 'care_episodes', [
    {
      ...episode,
      child_id: nadia,
      period_of_care_id: nadiaCare,
      start_date: '2024-11-01',
      reason_new_episode: 'S',
      placement_type: 'U4',
      placement_provider: 'PR1',
      placement_postcode: 'SY2 6AA',
      end_date: '2025-06-10',
      reason_ceased: 'X1',
      reason_place_change: 'CARPL',
    },
    {
      ...episode,
      child_id: nadia,
      period_of_care_id: nadiaCare,
      start_date: '2025-06-10',
      reason_new_episode: 'P',
      placement_type: 'K2',
      placement_provider: 'PR4',
      placement_postcode: 'TF1 2AB',
      urn: 'SC123456',
    },
    {
      ...episode,
      child_id: owen,
      period_of_care_id: owenCare,
      start_date: '2022-01-10',
      reason_new_episode: 'S',
      placement_type: 'U6',
      placement_provider: 'PR1',
      placement_postcode: 'SY3 8AA',
      end_date: '2025-01-31',
      reason_ceased: 'E8',
    },
  ]);
  await fixtureRows(db, 'looked_after_reviews', [
    { child_id: nadia, review_date: '2024-12-01', participation: 'PN3' },
    { child_id: nadia, review_date: '2025-09-01', participation: 'PN1' },
  ]);
  // 11pm in England on 1 August (British Summer Time), back the next morning.
  await fixtureRows(db, 'missing_episodes', [
    { child_id: nadia, missing_type: 'M', started_at: '2025-08-01T22:00:00Z', returned_at: '2025-08-02T09:00:00Z' },
  ]);
  await fixtureRows(db, 'health_assessments', [
    { child_id: nadia, assessment_type: 'review', assessment_date: '2025-07-01' },
  ]);
  await fixtureRows(db, 'dental_checks', [{ child_id: nadia, check_date: '2025-07-10' }]);
  await fixtureRows(db, 'immunisation_checks', [
    { child_id: nadia, checked_on: '2025-04-20', up_to_date: false },
    { child_id: nadia, checked_on: '2025-07-01', up_to_date: true },
  ]);
  await fixtureRows(db, 'sdq_scores', [{ child_id: nadia, completed_on: '2025-05-01', score: 14 }]);
  await fixtureRows(db, 'substance_misuse_checks', [
    {
      child_id: nadia,
      checked_on: '2025-07-01',
      problem_identified: true,
      intervention_received: false,
      intervention_offered: true,
    },
  ]);
  const team = await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow();
  workers = await db
    .insertInto('workers')
    .values([
      {
        name: 'Sam Leaver',
        role: 'social-worker',
        team_id: team.id,
        start_date: '2020-01-01',
        end_date: '2025-09-30',
        swe_registration_number: 'SW100001',
      },
      { name: 'Kim Stayer', role: 'social-worker', team_id: team.id, start_date: '2020-01-01' },
    ])
    .returning('id')
    .execute()
    .then((rows) => rows.map((row) => row.id));
  await fixtureRows(db, 'allocations', [
    { child_id: nadia, worker_id: workers[0], team_id: team.id, start_date: '2024-11-01', end_date: '2025-09-30' },
    { child_id: nadia, worker_id: workers[1], team_id: team.id, start_date: '2025-09-30' },
  ]);
  await fixtureRows(db, 'care_leavers', [{ child_id: owen }]);
  await fixtureRows(db, 'care_leaver_eligibility', [
    { child_id: owen, category: 'former-relevant', start_date: '2025-07-20' },
  ]);
  await fixtureRows(db, 'care_leaver_contacts', [
    // Outside the window (more than three months before the birthday), then within it.
    { child_id: owen, contact_date: '2025-03-01', in_touch: 'NO' },
    {
      child_id: owen,
      contact_date: '2025-07-01',
      in_touch: 'YES',
      activity: 'F2',
      accommodation: 'K',
      accommodation_suitable: true,
    },
  ]);
});
after(() => database?.close());

/** A table's rows as the CSV values, without their row numbers. */
const values = (tables: Tables903, table: TableName) =>
  tables[table].map(({ $row: _row, ...row }) => row as Record<string, string>);

test('the 903 for 2025-26 holds exactly the rows Harbour recorded, as the DfE writes them', async () => {
  const tables = await build903(database.db, year);
  const [a, b] = [String(nadia), String(owen)];
  assert.deepEqual(values(tables, 'Header'), [
    { CHILD: a, SEX: 'F', DOB: '15/05/2010', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '0', MC_DOB: '' },
    { CHILD: b, SEX: 'M', DOB: '20/07/2007', ETHNIC: 'BAFR', UPN: 'UN2', MOTHER: '', MC_DOB: '' },
  ]);
  assert.deepEqual(values(tables, 'Episodes'), [
    {
      CHILD: a,
      DECOM: '01/11/2024',
      RNE: 'S',
      LS: 'C2',
      CIN: 'N1',
      PLACE: 'U4',
      PLACE_PROVIDER: 'PR1',
      DEC: '10/06/2025',
      REC: 'X1',
      REASON_PLACE_CHANGE: 'CARPL',
      HOME_POST: 'SY1 1AA',
      PL_POST: 'SY2 6AA',
      URN: 'XXXXXXX',
    },
    {
      CHILD: a,
      DECOM: '10/06/2025',
      RNE: 'P',
      LS: 'C2',
      CIN: 'N1',
      PLACE: 'K2',
      PLACE_PROVIDER: 'PR4',
      DEC: '',
      REC: '',
      REASON_PLACE_CHANGE: '',
      HOME_POST: 'SY1 1AA',
      PL_POST: 'TF1 2AB',
      URN: 'SC123456',
    },
  ]);
  assert.deepEqual(values(tables, 'Reviews'), [
    { CHILD: a, DOB: '15/05/2010', REVIEW: '01/09/2025', REVIEW_CODE: 'PN1' },
  ]);
  assert.deepEqual(values(tables, 'Missing'), [
    { CHILD: a, DOB: '15/05/2010', MISSING: 'M', MIS_START: '01/08/2025', MIS_END: '02/08/2025' },
  ]);
  assert.deepEqual(values(tables, 'OC2'), [
    {
      CHILD: a,
      DOB: '15/05/2010',
      SDQ_SCORE: '14',
      SDQ_REASON: '',
      CONVICTED: '0',
      HEALTH_CHECK: '',
      IMMUNISATIONS: '1',
      TEETH_CHECK: '1',
      HEALTH_ASSESSMENT: '1',
      SUBSTANCE_MISUSE: '1',
      INTERVENTION_RECEIVED: '0',
      INTERVENTION_OFFERED: '1',
    },
  ]);
  assert.deepEqual(values(tables, 'OC3'), [{ CHILD: b, DOB: '20/07/2007', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'K1' }]);
  // Sam by their Social Work England number, Kim (none recorded) by XX and Harbour's id; allocations made
  // before Harbour asked the reason: the first is first contact, the next follows a worker who left.
  assert.deepEqual(values(tables, 'SWEpisodes'), [
    {
      CHILD: a,
      DOB: '15/05/2010',
      SW_ID: 'SW100001',
      SW_DECOM: '01/11/2024',
      SW_DEC: '30/09/2025',
      SW_REASON: 'FCONTA',
    },
    { CHILD: a, DOB: '15/05/2010', SW_ID: `XXH${workers[1]}`, SW_DECOM: '30/09/2025', SW_DEC: '', SW_REASON: 'LEFTRL' },
  ]);
  for (const table of ['UASC', 'AD1', 'PlacedAdoption', 'PrevPerm'] as const)
    assert.deepEqual(tables[table], [], table);
});

test("last year's return sees the episodes open at its 31 March and Nadia's new period (PrevPerm Z1)", async () => {
  const previous = await build903(database.db, collectionYear('2024-25') as CollectionYear);
  const [a, b] = [String(nadia), String(owen)];
  assert.deepEqual(
    values(previous, 'Episodes').map((row) => [row.CHILD, row.DECOM, row.DEC, row.REC, row.REASON_PLACE_CHANGE]),
    [
      [a, '01/11/2024', '', '', ''],
      [b, '10/01/2022', '31/01/2025', 'E8', ''],
    ],
  );
  assert.deepEqual(values(previous, 'PrevPerm'), [
    { CHILD: a, DOB: '15/05/2010', PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' },
  ]);
  assert.deepEqual(values(previous, 'Reviews'), [
    { CHILD: a, DOB: '15/05/2010', REVIEW: '01/12/2024', REVIEW_CODE: 'PN3' },
  ]);
  // Owen, aged 17 in July 2024, was still looked after on that birthday: no OC3 for it.
  assert.deepEqual(previous.OC3, []);
});

test('harbour export 903 writes every table of the year with its header, reads back whole, passes the rules and is audited once', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'export903-'));
  const actor = await testActor(database.db, 'analyst');
  await export903(database.db, actor, year, folder);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.csv')).sort();
  assert.deepEqual(
    names,
    tablesInYear(2025)
      .map((table) => `${table}.csv`)
      .sort(),
  );
  assert.equal((await readFile(join(folder, 'Reviews.csv'), 'utf8')).split('\r\n')[0], 'CHILD,DOB,REVIEW,REVIEW_CODE');
  const read = await read903Tables(await csvFilesIn(folder));
  const previous = await read903Tables(await csvFilesIn(join(folder, 'previous')));
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.tables, await build903(database.db, year));
  const report = validate903(
    { year, tables: read.tables, present: read.present, previous: previous.tables },
    rulesets903['2025-26'] ?? [],
  );
  // What Harbour does not record yet the rules rightly find missing: a young person's convictions (543)
  // and the reason a social worker changed (SW01bSTG1, SW13STG1). Anything else is a fault of the export.
  const notYetRecorded = new Set(['543', 'SW01bSTG1', 'SW13STG1']);
  assert.deepEqual(
    report.findings.filter((finding) => !notYetRecorded.has(finding.rule)),
    [],
  );
  const audited = await database.db
    .selectFrom('audit_events')
    .select('detail')
    .where('event', '=', 'children-listed')
    .where('username', '=', actor.username)
    .execute();
  assert.equal(audited.length, 1);
  const detail = audited[0]!.detail as unknown as { export: string; count: number; childIds: number[] };
  assert.equal(detail.export, 'SSDA903');
  assert.deepEqual(
    [...detail.childIds].sort((x, y) => x - y),
    [nadia, owen].sort((x, y) => x - y),
  );
});

test("PrevPerm: an order Harbour made before the period of care began is this council's, its DfE number the LA_PERM", async () => {
  // Last: the special guardianship order written here is seen by no earlier test.
  await fixtureRows(database.db, 'special_guardianship_orders', [{ child_id: nadia, order_date: '2020-01-06' }]);
  const lastYear = collectionYear('2024-25') as CollectionYear;
  const row = { CHILD: String(nadia), DOB: '15/05/2010', PREV_PERM: 'P2', DATE_PERM: '06/01/2020' };
  assert.deepEqual(values(await build903(database.db, lastYear, '893'), 'PrevPerm'), [{ ...row, LA_PERM: '893' }]);
  assert.deepEqual(values(await build903(database.db, lastYear, null), 'PrevPerm'), [{ ...row, LA_PERM: '' }]);
});
