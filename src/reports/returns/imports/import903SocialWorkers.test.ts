import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { build903 } from '../ssda903/build.ts';
import { import903Harness } from '../../../app/testing/returnImports.ts';

// The 903's SWEpisodes: each child's social workers over the year, named by Social Work England
// number or a council-local XX id, loaded as the child's allocations.

const y2025 = collectionYear('2025-26') as CollectionYear;
const swHeader = 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON';
const files = (child: string, sw: string[]) => ({
  'header.csv': ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', `${child},F,14/02/2012,WBRI,,,`],
  'episodes.csv': [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
    `${child},05/06/2024,S,C2,N1,U4,PR1,,,,SY1 1,SY3 9,`,
  ],
  'swepisodes.csv': [swHeader, ...sw],
});

describe('importing the 903’s SWEpisodes', () => {
  const harness = import903Harness(y2025);
  const { importFolder, childIdOf: childId } = harness;

  const allocationsOf = async (id: string) =>
    (
      await harness.db
        .selectFrom('allocations')
        .innerJoin('workers', 'workers.id', 'allocations.worker_id')
        .select([
          'workers.swe_registration_number',
          'workers.previous_system_id',
          'allocations.start_date',
          'allocations.end_date',
          'allocations.change_reason',
          'allocations.imported_from',
        ])
        .where('allocations.child_id', '=', await childId(id))
        .orderBy('allocations.start_date')
        .execute()
    ).map((row) => Object.values(row) as unknown[]);

  test('each episode is an allocation to the worker its SW_ID names, once; the export gives the rows back', async () => {
    const rows = ['S1,14/02/2012,SW100200,01/04/2025,30/09/2025,FCONTA', 'S1,14/02/2012,XX77,30/09/2025,,LEFTRL'];
    const first = await importFolder(files('S1', rows));
    assert.deepEqual(first.refused, []);
    assert.deepEqual(first.records.SWEpisodes, { added: 2, unchanged: 0 });
    const held = await allocationsOf('S1');
    assert.deepEqual(held, [
      ['SW100200', null, '2025-04-01', '2025-09-30', 'FCONTA', 'SSDA903'],
      [null, 'XX77', '2025-09-30', null, 'LEFTRL', 'SSDA903'],
    ]);
    // Workers Harbour did not know: recorded from the return, with no sign-in, and not in post.
    const workers = await harness.db
      .selectFrom('workers')
      .select(['name', 'user_id', 'team_id', 'start_date', 'imported_from'])
      .where((eb) => eb.or([eb('swe_registration_number', '=', 'SW100200'), eb('previous_system_id', '=', 'XX77')]))
      .orderBy('name')
      .execute();
    assert.deepEqual(workers, [
      {
        name: 'Social worker SW100200',
        user_id: null,
        team_id: null,
        start_date: '2025-04-01',
        imported_from: 'SSDA903',
      },
      { name: 'Social worker XX77', user_id: null, team_id: null, start_date: '2025-09-30', imported_from: 'SSDA903' },
    ]);

    const second = await importFolder(files('S1', rows));
    assert.deepEqual(second.records.SWEpisodes, { added: 0, unchanged: 2 });
    assert.deepEqual(await allocationsOf('S1'), held);

    const exported = await build903(harness.db, y2025);
    const id = String(await childId('S1'));
    assert.deepEqual(
      exported.SWEpisodes.filter((row) => row.CHILD === id).map((row) =>
        swHeader
          .split(',')
          .slice(1)
          .map((c) => row[c as 'SW_ID']),
      ),
      rows.map((row) => row.split(',').slice(1)),
    );
  });

  test('a worker Harbour records with that Social Work England number is the one allocated', async () => {
    const team = await harness.db.selectFrom('teams').select('id').executeTakeFirstOrThrow();
    const known = await harness.db
      .insertInto('workers')
      .values({
        name: 'Rhian Registered',
        role: 'social-worker',
        team_id: team.id,
        start_date: '2020-01-01',
        swe_registration_number: 'SW300300',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const report = await importFolder(files('S2', ['S2,14/02/2012,SW300300,01/05/2025,,MANAGE']));
    assert.deepEqual(report.refused, []);
    const held = await harness.db
      .selectFrom('allocations')
      .select(['worker_id', 'team_id', 'imported_from'])
      .where('child_id', '=', await childId('S2'))
      .execute();
    assert.deepEqual(held, [{ worker_id: known.id, team_id: team.id, imported_from: 'SSDA903' }]);
  });

  test('a later return ends an episode Harbour holds open; a different worker or end refuses the child whole, by line', async () => {
    assert.deepEqual((await importFolder(files('S3', ['S3,14/02/2012,SW400400,01/04/2025,,FCONTA']))).refused, []);
    const ended = await importFolder(
      files('S3', ['S3,14/02/2012,SW400400,01/04/2025,01/12/2025,FCONTA', 'S3,14/02/2012,SW400401,01/12/2025,,ABSENC']),
    );
    assert.deepEqual(ended.refused, []);
    assert.deepEqual(ended.records.SWEpisodes, { added: 2, unchanged: 0 });
    const before = await allocationsOf('S3');

    const otherWorker = await importFolder(files('S3', ['S3,14/02/2012,SW999999,01/04/2025,01/12/2025,FCONTA']));
    assert.equal(otherWorker.children.refused, 1);
    const refusal = otherWorker.refused.find((r) => r.file.endsWith('swepisodes.csv'))!;
    assert.equal(refusal.line, 2);
    assert.match(
      refusal.message,
      /Harbour holds the child's allocation from 2025-04-01 to Social worker SW400400; the return says SW999999/,
    );
    // Every line of the child is refused with it, and nothing of it loaded.
    assert.ok(otherWorker.refused.some((r) => r.file.endsWith('header.csv') && r.line === 2));
    const stranger = await harness.db
      .selectFrom('workers')
      .select('id')
      .where('swe_registration_number', '=', 'SW999999')
      .executeTakeFirst();
    assert.equal(stranger, undefined);

    const otherEnd = await importFolder(files('S3', ['S3,14/02/2012,SW400400,01/04/2025,02/12/2025,FCONTA']));
    assert.match(otherEnd.refused[0]!.message, /as ending 2025-12-01; the return says SW_DEC 2025-12-02/);
    const overlap = await importFolder(files('S3', ['S3,14/02/2012,SW400400,01/03/2025,02/04/2025,FCONTA']));
    assert.match(
      overlap.refused[0]!.message,
      /overlaps the child's allocation to Social worker SW400400 from 2025-04-01/,
    );
    assert.deepEqual(await allocationsOf('S3'), before);
  });

  test('impossible rows are refused by line', async () => {
    const report = await importFolder(
      files('S4', [
        'S4,14/02/2012,AB123,01/04/2025,,FCONTA',
        'S4,14/02/2012,SW500500,01/06/2025,01/05/2025,LEAVER',
        'S4,14/02/2012,SW500501,01/06/2025,,MANAGE',
        'S4,14/02/2012,SW500502,01/06/2025,,OTHERS',
      ]),
    );
    const messages = report.refused
      .filter((r) => r.file.endsWith('swepisodes.csv'))
      .map((r) => `${r.line}: ${r.message}`);
    for (const expected of [
      '2: SW_ID AB123 is not SW and a Social Work England number, or XX and a local id',
      '3: SW_DEC 01/05/2025 is before SW_DECOM 01/06/2025',
      '3: SW_REASON LEAVER is not a code of the return',
      '5: a second social worker episode of CHILD S4 begins on 01/06/2025',
    ])
      assert.ok(messages.includes(expected), `${expected} in ${messages.join('; ')}`);
    assert.equal(report.children.refused, 1);
  });
});
