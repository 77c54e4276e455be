import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { build903 } from '../ssda903/build.ts';
import { rulesets903 } from '../ssda903/rulesets.ts';
import { validate903 } from '../ssda903/validate.ts';
import { import903Harness } from '../../../app/testing/returnImports.ts';

// The 903's DoLo table (from 2026-27) loaded as the court area's orders and exported again: the
// round trip of roundTrip.test.ts is of 2025-26, which has no DoLo table, so DoLo's is here.
const year = collectionYear('2026-27') as CollectionYear;
const files = {
  'header.csv': [
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    'D1,F,01/03/2010,WBRI,,0,',
    'D2,M,01/06/2011,WBRI,,,',
    'D3,M,01/06/2011,WBRI,,,',
  ],
  'episodes.csv': [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
    'D1,01/04/2026,S,C2,N1,K2,PR4,,,,SY1 1,TF1 2,SC123456',
    'D2,01/05/2026,S,C2,N1,U4,PR1,,,,SY1 1,SY3 9,',
    'D3,01/04/2026,S,C2,N1,K2,PR4,,,,SY1 1,TF1 2,SC123456',
  ],
  'dolo.csv': [
    'CHILD,DOB,DOLO_START,DOLO_END',
    'D1,01/03/2010,01/05/2026,01/09/2026',
    'D1,01/03/2010,01/09/2026,',
    'D2,01/06/2011,15/06/2026,',
    'D3,01/06/2011,01/08/2026,01/07/2026',
  ],
};

const harness = import903Harness(year, '2027-06-01');
const load = () => harness.importFolder(files);

test("a 2026-27 return's DoLo rows load as orders and export again; a contradictory row refuses its child whole", async () => {
  const report = await load();
  const file = 'dolo.csv';
  assert.deepEqual(
    report.refused.filter((refusal) => refusal.file === file),
    [{ file, line: 5, child: 'D3', message: 'DOLO_END 01/07/2026 is before DOLO_START 01/08/2026' }],
  );
  assert.deepEqual(
    report.refused.filter((refusal) => refusal.child === 'D3').map((refusal) => refusal.line),
    [5, 4, 4],
    'and its Header and Episodes lines with it',
  );
  assert.deepEqual(report.records.DoLo, { added: 3, unchanged: 0 });
  const children = await harness.db.selectFrom('children').select(['id', 'previous_system_id']).execute();
  assert.deepEqual(children.map((child) => child.previous_system_id).sort(), ['D1', 'D2']);
  const imported = await harness.db
    .selectFrom('deprivation_of_liberty_orders')
    .select(['imported_from', 'court'])
    .execute();
  assert.ok(imported.every((order) => order.imported_from === 'SSDA903' && order.court === null));

  const again = await build903(harness.db, year);
  const named = new Map(children.map((child) => [String(child.id), child.previous_system_id]));
  assert.deepEqual(
    again.DoLo.map((row) => [named.get(row.CHILD), row.DOB, row.DOLO_START, row.DOLO_END].join(',')),
    files['dolo.csv'].slice(1, 4),
  );

  // The 2026-27 rules find what the records hold: D2 is in foster care (U4) under an order.
  const doLoRules = new Set(['700', '701', '702', '703', '704', '705', '707', '708', '709', '710']);
  const validation = validate903(
    { year, tables: again, present: new Set(['Header', 'Episodes', 'DoLo']) },
    (rulesets903['2026-27'] ?? []).filter((rule) => doLoRules.has(rule.code)),
  );
  const d2 = [...named].find(([, previous]) => previous === 'D2')![0];
  assert.deepEqual(
    validation.findings.map((finding) => [finding.rule, finding.table, finding.child]),
    [
      ['709', 'DoLo', d2],
      ['709', 'Episodes', d2],
    ],
  );
});

test('a second import changes nothing', async () => {
  const report = await load();
  assert.deepEqual(report.records.DoLo, { added: 0, unchanged: 3 });
  assert.equal(
    await harness.db
      .selectFrom('deprivation_of_liberty_orders')
      .select('id')
      .execute()
      .then((rows) => rows.length),
    3,
  );
});
