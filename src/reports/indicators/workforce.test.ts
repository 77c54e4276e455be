import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { fixtureChild, fixtureRows, indicatorFigures } from '../../app/testing/indicatorFixtures.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { breakdownOf } from './compute.ts';
import { indicatorById } from './catalogue.ts';
import { monthPeriod } from './periods.ts';

describe('workforce figures from hand-made records', () => {
  let database: HarbourDatabase;
  before(async () => {
    database = await testDatabase();
    const { db } = database;
    const [north, south] = (
      await db
        .insertInto('teams')
        .values([{ name: 'North' }, { name: 'South' }])
        .returning('id')
        .execute()
    ).map((row) => row.id);
    const worker = async (role: string, team: number, end: string | null = null) =>
      (
        await db
          .insertInto('workers')
          .values({ name: `${role} ${team}`, role, team_id: team, start_date: '2020-01-01', end_date: end })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const social = await worker('social-worker', north!);
    const senior = await worker('senior-practitioner', north!);
    const asye = await worker('asye', south!);
    const support = await worker('family-support', north!); // not a qualified social worker
    const leaver = await worker('social-worker', south!, '2026-01-05'); // in post on 31 December, gone by 31 January
    await worker('social-worker', north!); // holds no cases: not case-holding
    const allocate = async (workerId: number, team: number, count: number, end: string | null = null) => {
      for (let i = 0; i < count; i++)
        await fixtureRows(db, 'allocations', [
          {
            child_id: await fixtureChild(db),
            worker_id: workerId,
            team_id: team,
            start_date: '2025-11-01',
            end_date: end,
          },
        ]);
    };
    await allocate(social, north!, 4);
    await allocate(social, north!, 1, '2026-01-31'); // ends on the month's last day: not held at its end
    await allocate(senior, north!, 2);
    await allocate(asye, south!, 3);
    await allocate(support, north!, 1);
    await allocate(leaver, south!, 1, '2026-01-05');
    const unallocated = (startsOn: string, metOn: string | null, endedOn: string | null) => ({
      child_id: 0,
      rule: 'worker-allocated',
      record_id: startsOn,
      title: 'Worker allocated',
      starts_on: startsOn,
      due_on: startsOn,
      met_on: metOn,
      met_late: metOn === null ? null : true,
      episode_ended_on: endedOn,
      source: 'test',
    });
    const rows = [
      // Without a worker from 10 January 2026 until one was allocated on 3 February.
      unallocated('2026-01-10', '2026-02-03', null),
      // Without a worker from 20 December 2025 until the case closed on 15 January 2026.
      unallocated('2025-12-20', null, '2026-01-15'),
    ];
    for (const row of rows)
      await db
        .insertInto('due_items')
        .values({ ...row, child_id: await fixtureChild(db) })
        .execute();
  });
  after(() => database.close());

  const figures = (ids: string[], months: string[]) => indicatorFigures(database.db, ids, months);

  test('average caseload of qualified case-holding social workers, and of ASYEs, as at the month end', async () => {
    const values = await figures(['average-caseload', 'asye-caseload'], ['2025-12', '2026-01']);
    // 31 January: 4 + 2 + 3 children over the social worker, the senior practitioner and the ASYE.
    assert.equal(values['average-caseload 2026-01'], 3);
    // 31 December: 5 + 2 + 3 + the leaver's 1, over four.
    assert.equal(values['average-caseload 2025-12'], Math.round((11 / 4) * 10) / 10);
    assert.equal(values['asye-caseload 2026-01'], 3);
  });

  test('caseloads broken down by the worker’s team', async () => {
    const rows = await breakdownOf(
      database.db,
      indicatorById('average-caseload')!,
      monthPeriod(Temporal.PlainYearMonth.from('2026-01')),
      'team',
    );
    assert.deepEqual(
      rows.map((row) => [row.group, row.numerator, row.denominator]),
      [
        ['North', 6, 2],
        ['South', 3, 1],
      ],
    );
  });

  test('children open with no allocated worker as at the month end', async () => {
    const values = await figures(['unallocated-children'], ['2025-12', '2026-01', '2026-02']);
    assert.equal(values['unallocated-children 2025-12'], 1);
    assert.equal(values['unallocated-children 2026-01'], 1); // the other's case closed on 15 January
    assert.equal(values['unallocated-children 2026-02'], 0);
  });
});
