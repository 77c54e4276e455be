import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { aChild } from '../../app/testing/records.ts';
import { testActor } from '../../app/testing/actors.ts';
import { finalOrdersOf } from './index.ts';
import { concludeCareProceedings, issueCareProceedings } from './store.ts';

describe('the final orders the court made, as other areas read them', () => {
  let database: HarbourDatabase;
  after(() => database.close());
  before(async () => {
    database = await testDatabase();
  });

  test('each child’s orders, made on the day the proceedings concluded; none while they run, none for a withdrawn application', async () => {
    const { db } = database;
    const actor = await testActor(db, 'practitioner');
    const [gil, hal, ivy] = await Promise.all(
      ['Gil', 'Hal', 'Ivy'].map((forename) =>
        aChild(db, actor, { forename, surname: 'Order', dateOfBirth: '2020-01-01' }),
      ),
    );
    const issue = (childIds: number[], issueDate: string) =>
      issueCareProceedings(db, actor, {
        notOffered: { reason: 'immediate-risk' },
        childIds,
        issueDate,
        court: 'Family Court at Shrewsbury',
      });
    const first = await issue([gil!, hal!], '2025-01-06');
    await concludeCareProceedings(db, actor, {
      proceedingsId: first.id,
      version: first.version,
      conclusionDate: '2025-06-30',
      finalOrders: { [gil!]: 'care-order', [hal!]: 'withdrawn' },
    });
    const second = await issue([gil!], '2026-01-05');
    await concludeCareProceedings(db, actor, {
      proceedingsId: second.id,
      version: second.version,
      conclusionDate: '2026-03-03',
      finalOrders: { [gil!]: 'placement-order' },
    });
    await issue([ivy!], '2026-02-02');

    const orders = await finalOrdersOf(db, [gil!, hal!, ivy!]);
    assert.deepEqual(orders.get(gil!), [
      { order: 'care-order', label: 'Care order (s31)', madeDate: '2025-06-30', proceedingsId: first.id },
      {
        order: 'placement-order',
        label: 'Placement order (Adoption and Children Act 2002, s21)',
        madeDate: '2026-03-03',
        proceedingsId: second.id,
      },
    ]);
    assert.deepEqual(orders.get(hal!), []);
    assert.deepEqual(orders.get(ivy!), []);
    assert.deepEqual(await finalOrdersOf(db, []), new Map());
  });
});
