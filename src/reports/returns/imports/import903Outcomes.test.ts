import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { build903 } from '../ssda903/build.ts';
import { import903Harness } from '../../../app/testing/returnImports.ts';

// The 903's OC2: what happened in the year for a child looked after for 12 months, without days.

const y2023 = collectionYear('2023-24') as CollectionYear;
const oc2Header =
  'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED';
const files = (child: string, oc2: string[]) => ({
  'header.csv': ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', `${child},F,14/02/2010,WBRI,,,`],
  'episodes.csv': [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
    `${child},05/06/2021,S,C2,N1,U4,PR1,,,,SY1 1,SY3 9,`,
  ],
  'oc2.csv': [oc2Header, ...oc2],
});

describe('importing the 903’s OC2', () => {
  const harness = import903Harness(y2023);
  const { importFolder } = harness;

  const healthOf = async (id: string) => {
    const { db } = harness;
    const { id: childId } = await db
      .selectFrom('children')
      .select('id')
      .where('previous_system_id', '=', id)
      .executeTakeFirstOrThrow();
    const of = async (query: Promise<object[]>): Promise<unknown[][]> =>
      (await query).map((row) => Object.values(row) as unknown[]);
    return {
      assessments: await of(
        db
          .selectFrom('health_assessments')
          .select(['assessment_date', 'imported_from'])
          .where('child_id', '=', childId)
          .execute(),
      ),
      dental: await of(
        db
          .selectFrom('dental_checks')
          .select(['check_date', 'imported_from'])
          .where('child_id', '=', childId)
          .execute(),
      ),
      immunisations: await of(
        db
          .selectFrom('immunisation_checks')
          .select(['checked_on', 'up_to_date'])
          .where('child_id', '=', childId)
          .execute(),
      ),
      sdq: await of(
        db
          .selectFrom('sdq_scores')
          .select(['completed_on', 'score', 'reason_not_done'])
          .where('child_id', '=', childId)
          .execute(),
      ),
      substance: await of(
        db
          .selectFrom('substance_misuse_checks')
          .select(['checked_on', 'problem_identified', 'intervention_received', 'intervention_offered'])
          .where('child_id', '=', childId)
          .execute(),
      ),
      convictions: await of(
        db
          .selectFrom('convictions')
          .select(['convicted_on', 'imported_from'])
          .where('child_id', '=', childId)
          .execute(),
      ),
    };
  };

  test('each check the return says happened is recorded on the year’s last day, once; the export gives the row back', async () => {
    const row = 'H1,14/02/2010,14,,1,,1,1,1,1,0,1';
    const first = await importFolder(files('H1', [row]));
    assert.deepEqual(first.refused, []);
    assert.deepEqual(first.records.OC2, { added: 6, unchanged: 0 });
    assert.ok(!first.notCarried.includes('OC2.CONVICTED'));
    const held = await healthOf('H1');
    assert.deepEqual(held, {
      assessments: [['2024-03-31', 'SSDA903']],
      dental: [['2024-03-31', 'SSDA903']],
      immunisations: [['2024-03-31', true]],
      sdq: [['2024-03-31', 14, null]],
      substance: [['2024-03-31', true, false, true]],
      convictions: [['2024-03-31', 'SSDA903']],
    });
    const second = await importFolder(files('H1', [row]));
    assert.deepEqual(second.records.OC2, { added: 0, unchanged: 6 });
    assert.deepEqual(await healthOf('H1'), held);

    const exported = await build903(harness.db, y2023);
    const { id } = await harness.db
      .selectFrom('children')
      .select('id')
      .where('previous_system_id', '=', 'H1')
      .executeTakeFirstOrThrow();
    const again = exported.OC2.find((oc2) => oc2.CHILD === String(id))!;
    assert.deepEqual(
      oc2Header
        .split(',')
        .slice(1)
        .map((column) => again[column as keyof typeof again]),
      ['14/02/2010', '14', '', '1', '', '1', '1', '1', '1', '0', '1'],
    );
  });

  test('a return saying none where Harbour holds one in the year refuses the child; one held stands for the return’s', async () => {
    await importFolder(files('H2', []));
    const { id } = await harness.db
      .selectFrom('children')
      .select('id')
      .where('previous_system_id', '=', 'H2')
      .executeTakeFirstOrThrow();
    await harness.db
      .insertInto('health_assessments')
      .values({ child_id: id, assessment_type: 'review', assessment_date: '2023-10-10' })
      .execute();
    const none = await importFolder(files('H2', ['H2,14/02/2010,,SDQ1,,,0,0,0,0,,']));
    assert.equal(none.children.refused, 1);
    assert.match(
      none.refused.find((refusal) => refusal.line === 2 && refusal.file.endsWith('oc2.csv'))!.message,
      /Harbour holds a health assessment on 2023-10-10; the return says there was none in the year/,
    );
    await harness.db.insertInto('convictions').values({ child_id: id, convicted_on: '2023-11-11' }).execute();
    const convicted = await importFolder(files('H2', ['H2,14/02/2010,,SDQ1,0,,0,0,1,0,,']));
    assert.match(
      convicted.refused.find((refusal) => refusal.file.endsWith('oc2.csv'))!.message,
      /Harbour holds a conviction on 2023-11-11; the return says there was none in the year/,
    );
    const held = await importFolder(files('H2', ['H2,14/02/2010,,SDQ1,1,,0,0,1,0,,']));
    assert.deepEqual(held.refused, []);
    assert.deepEqual((await healthOf('H2')).assessments, [['2023-10-10', null]]);
  });

  test('a UASC row is the status from the child’s first episode; a later year’s DUC ends it; a different DUC refuses', async () => {
    const uasc = (duc: string) => ({ ...files('U1', []), 'uasc.csv': ['CHILD,SEX,DOB,DUC', `U1,F,14/02/2010,${duc}`] });
    const statusOf = async () =>
      (
        await harness.db
          .selectFrom('immigration_statuses as s')
          .innerJoin('children as c', 'c.id', 's.child_id')
          .select(['s.status', 's.start_date', 's.end_date', 's.imported_from'])
          .where('c.previous_system_id', '=', 'U1')
          .execute()
      ).map((row) => Object.values(row) as unknown[]);
    assert.deepEqual((await importFolder(uasc(''))).records.UASC, { added: 1, unchanged: 0 });
    assert.deepEqual(await statusOf(), [['UASC', '2021-06-05', null, 'SSDA903']]);
    assert.deepEqual((await importFolder(uasc(''))).records.UASC, { added: 0, unchanged: 1 });
    const later = await importFolder(uasc('01/09/2024'), collectionYear('2024-25'));
    assert.deepEqual(later.refused, []);
    assert.deepEqual(await statusOf(), [['UASC', '2021-06-05', '2024-09-01', 'SSDA903']]);
    // The earlier year again: the status continued on its 31 March and ceased since.
    assert.deepEqual((await importFolder(uasc(''))).records.UASC, { added: 0, unchanged: 1 });
    const differs = await importFolder(uasc('02/09/2023'));
    assert.equal(differs.children.refused, 1);
    assert.match(
      differs.refused.find((refusal) => refusal.file.endsWith('uasc.csv'))!.message,
      /Harbour holds the child's UASC status as ceasing on 2024-09-01; the return says DUC 2023-09-02/,
    );
  });

  test('impossible rows are refused by line', async () => {
    const report = await importFolder(files('H3', ['H3,14/02/2010,45,SDQ2,,,2,1,1,1,1,0']));
    const messages = report.refused
      .filter((refusal) => refusal.file.endsWith('oc2.csv'))
      .map((refusal) => refusal.message);
    for (const expected of [
      'SDQ_SCORE 45 is not a score from 0 to 40',
      'SDQ_SCORE and SDQ_REASON are both given',
      'IMMUNISATIONS 2 is not 0 or 1',
      'INTERVENTION_OFFERED is given though an intervention was received',
    ])
      assert.ok(messages.includes(expected), `${expected} in ${messages.join('; ')}`);
    assert.equal(report.children.refused, 1);
  });
});
