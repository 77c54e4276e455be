import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { testDatabase, testTeamName } from '../../app/testing/testDatabase.ts';
import { testActor } from '../../app/testing/actors.ts';
import { createChild } from '../people/store.ts';
import { addWorker, allocateChild, allocationOn, caseloadsOn, endAllocation } from './allocations.ts';

describe('allocations and caseloads', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  let teamId: number;
  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'team-manager');
    teamId = (
      await database.db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow()
    ).id;
  });
  after(() => database.close());

  test('reallocating a child ends the old allocation the day the new one starts', async () => {
    const child = await createChild(database.db, actor, {
      forename: 'Kai',
      surname: 'Allocated',
      dateOfBirth: '2013-01-01',
      sex: 'M',
    });
    const first = await addWorker(database.db, {
      name: 'Worker One',
      role: 'social-worker',
      teamId,
      startDate: '2020-01-01',
    });
    const second = await addWorker(database.db, { name: 'Worker Two', role: 'asye', teamId, startDate: '2025-09-01' });
    await allocateChild(database.db, actor, { childId: child.id, workerId: first.id, startDate: '2026-01-05' });
    // A change of worker says why (the 903's SW_REASON); the first worker is on first contact.
    const unexplained = await allocateChild(database.db, actor, {
      childId: child.id,
      workerId: second.id,
      startDate: '2026-03-02',
    }).catch((error: unknown) => error);
    assert.ok(unexplained instanceof RecordIntegrityError && unexplained.field === 'changeReason');
    await allocateChild(database.db, actor, {
      childId: child.id,
      workerId: second.id,
      startDate: '2026-03-02',
      reason: 'MANAGE',
    });
    const reasons = await database.db
      .selectFrom('allocations')
      .select(['start_date', 'end_date', 'change_reason'])
      .where('child_id', '=', child.id)
      .orderBy('start_date')
      .execute();
    assert.deepEqual(reasons, [
      { start_date: '2026-01-05', end_date: '2026-03-02', change_reason: 'FCONTA' },
      { start_date: '2026-03-02', end_date: null, change_reason: 'MANAGE' },
    ]);
    assert.equal((await allocationOn(database.db, child.id, '2026-03-01'))?.worker_name, 'Worker One');
    assert.equal((await allocationOn(database.db, child.id, '2026-03-02'))?.worker_name, 'Worker Two');
    assert.equal(await allocationOn(database.db, child.id, '2026-01-04'), undefined);

    const loads = await caseloadsOn(database.db, '2026-03-02', teamId);
    assert.deepEqual(
      loads.filter((w) => w.name.startsWith('Worker')).map((w) => [w.name, w.caseload]),
      [
        ['Worker One', 0],
        ['Worker Two', 1],
      ],
    );

    await endAllocation(database.db, actor, { childId: child.id, endDate: '2026-06-30' });
    assert.equal(await allocationOn(database.db, child.id, '2026-06-30'), undefined);
  });

  test('two allocations at once, or to a worker who has left, are refused', async () => {
    const child = await createChild(database.db, actor, {
      forename: 'Lea',
      surname: 'Allocated',
      dateOfBirth: '2013-01-01',
      sex: 'F',
    });
    const worker = await addWorker(database.db, {
      name: 'Worker Three',
      role: 'social-worker',
      teamId,
      startDate: '2020-01-01',
    });
    await allocateChild(database.db, actor, { childId: child.id, workerId: worker.id, startDate: '2026-02-01' });
    // Backdating a second allocation into the first's time cannot silently overlap it.
    const error = await allocateChild(database.db, actor, {
      childId: child.id,
      workerId: worker.id,
      startDate: '2026-01-01',
    }).catch((e: unknown) => e);
    assert.ok(error instanceof RecordIntegrityError);
    assert.equal(error.field, 'startDate');

    const leaver = await addWorker(database.db, {
      name: 'Leaver',
      role: 'social-worker',
      teamId,
      startDate: '2020-01-01',
    });
    await database.db.updateTable('workers').set({ end_date: '2025-12-31' }).where('id', '=', leaver.id).execute();
    const other = await createChild(database.db, actor, {
      forename: 'Mo',
      surname: 'Allocated',
      dateOfBirth: '2013-01-01',
      sex: 'M',
    });
    await assert.rejects(
      allocateChild(database.db, actor, { childId: other.id, workerId: leaver.id, startDate: '2026-01-05' }),
      /has left/,
    );

    // A leaving date recorded: open-ended allocations would outlast it. A starter: not before they start.
    const leaving = await addWorker(database.db, {
      name: 'Leaving Soon',
      role: 'social-worker',
      teamId,
      startDate: '2020-01-01',
    });
    await database.db.updateTable('workers').set({ end_date: '2026-03-31' }).where('id', '=', leaving.id).execute();
    await assert.rejects(
      allocateChild(database.db, actor, { childId: other.id, workerId: leaving.id, startDate: '2026-01-05' }),
      /is leaving/,
    );
    const starter = await addWorker(database.db, {
      name: 'Starting Soon',
      role: 'social-worker',
      teamId,
      startDate: '2026-02-01',
    });
    await assert.rejects(
      allocateChild(database.db, actor, { childId: other.id, workerId: starter.id, startDate: '2026-01-05' }),
      /has not started/,
    );
  });

  test('caseloads are of workers in post that day: a leaver is gone from their leaving date', async () => {
    const worker = await addWorker(database.db, {
      name: 'Leaves in May',
      role: 'social-worker',
      teamId,
      startDate: '2020-01-01',
    });
    await database.db.updateTable('workers').set({ end_date: '2026-05-01' }).where('id', '=', worker.id).execute();
    const named = async (date: string) =>
      (await caseloadsOn(database.db, date, teamId)).some((w) => w.name === 'Leaves in May');
    assert.deepEqual(
      [await named('2019-12-31'), await named('2026-04-30'), await named('2026-05-01')],
      [false, true, false],
    );
  });
});
