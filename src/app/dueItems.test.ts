// Due items kept as data must be the engine's answer: for every child of a synthetic county, on
// the day it ends and weeks later (the status is read from the day, so nothing goes stale), and
// after each kind of write to a child's record.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from './testing/testDatabase.ts';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import { seedCounty } from './synth/seed.ts';
import { dueItemsMissing, rebuildDueItems, storedDueItemsDiffer, toDoOf } from '../reports/journey/storedDueItems.ts';
import { recordsTestContext } from './testing/records.ts';
import { recordReferral, startAssessment } from '../areas/assessment/store.ts';
import { recordContact } from '../areas/frontdoor/store.ts';
import { inTransaction } from '../platform/db/transaction.ts';

const county = { scale: 0.2, years: 3, seed: 7, endDate: '2026-03-31' };

describe('due items kept as data', () => {
  const opened: HarbourDatabase[] = [];
  after(async () => {
    for (const database of opened) await database.close();
  });

  test('a synthetic county (scale 0.2) holds exactly the engine’s items for every child, from a fresh load and rebuilt from scratch', async () => {
    const database = await testDatabase();
    opened.push(database);
    const { db } = database;
    await seedCounty(db, county);
    const endDay = Temporal.PlainDate.from(county.endDate);
    const stored = await db
      .selectFrom('due_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.ok(Number(stored.n) > 10_000, `only ${stored.n} due items stored`);

    const onTheDay = await storedDueItemsDiffer(db, endDay);
    assert.ok(onTheDay.children > 2_000, `only ${onTheDay.children} children`);
    assert.deepEqual(onTheDay.differing.slice(0, 3), []);
    // Six weeks on nothing was written, yet every status moved with the day as the engine's did.
    assert.deepEqual((await storedDueItemsDiffer(db, endDay.add({ days: 42 }))).differing.slice(0, 3), []);

    assert.equal(await dueItemsMissing(db), false);
    await db.deleteFrom('due_items').execute();
    assert.ok((await storedDueItemsDiffer(db, endDay)).differing.length > 100, 'an empty table is found out');
    assert.equal(await dueItemsMissing(db), true, 'as on a database upgraded from before due items: serve rebuilds');
    await rebuildDueItems(db);
    assert.equal(await dueItemsMissing(db), false);
    assert.deepEqual((await storedDueItemsDiffer(db, endDay)).differing.slice(0, 3), []);
  });

  test('each write to a child’s record recomputes their items in its own transaction; a write that fails leaves them as they were', async () => {
    const context = await recordsTestContext();
    opened.push(context.database);
    const { db, actor } = context;
    const child = await context.child('Ada');
    const referral = await recordReferral(db, actor, {
      childId: child,
      referralDate: '2026-01-05',
      source: '1A',
      primaryNeed: 'N1',
    });
    await startAssessment(db, actor, { childId: child, referralId: referral.id, startDate: '2026-01-06' });
    // The clock runs from the referral: Mon 5 Jan 2026 + 45 working days (nine weeks, no bank holiday) = Mon 9 Mar 2026.
    // Open and with no worker, a worker was due the next working day, Tue 6 Jan.
    const toDo = async (on: string) =>
      (await toDoOf(db, [child], on)).map((item) => `${item.rule} ${item.due_on} ${item.status}`);
    assert.deepEqual(await toDo('2026-03-09'), ['worker-allocated 2026-01-06 overdue', 'assessment 2026-03-09 due']);
    assert.deepEqual(await toDo('2026-03-10'), [
      'worker-allocated 2026-01-06 overdue',
      'assessment 2026-03-09 overdue',
    ]);

    const before = await db.selectFrom('due_items').selectAll().where('child_id', '=', child).execute();
    await assert.rejects(
      inTransaction(db, async (trx) => {
        await recordContact(trx, actor, {
          childIds: [child],
          receivedAt: '2026-02-02T09:00:00Z',
          source: '5A',
          consent: 'given',
          concerns: 'School worried',
        });
        throw new Error('the rest of the step failed');
      }),
      /the rest of the step failed/,
    );
    assert.deepEqual(await db.selectFrom('due_items').selectAll().where('child_id', '=', child).execute(), before);
    // The same contact written for real: its decision is due within 24 hours (Tue 3 Feb 2026).
    await recordContact(db, actor, {
      childIds: [child],
      receivedAt: '2026-02-02T09:00:00Z',
      source: '5A',
      consent: 'given',
      concerns: 'School worried',
    });
    assert.deepEqual(await toDo('2026-02-03'), [
      'worker-allocated 2026-01-06 overdue',
      'contact-decision 2026-02-03 due',
      'assessment 2026-03-09 due',
    ]);
    assert.deepEqual((await storedDueItemsDiffer(db, Temporal.PlainDate.from('2026-03-11'))).differing, []);
  });
});
