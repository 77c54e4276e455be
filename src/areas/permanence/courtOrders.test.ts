import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FinalOrderMade } from '../court/index.ts';
import { effectivePlacementOrder, placementOrdersWithoutPlan, specialGuardianshipOrders } from './courtOrders.ts';

const made = (order: FinalOrderMade['order'], madeDate: string, proceedingsId = 1): FinalOrderMade => ({
  order,
  label: order,
  madeDate,
  proceedingsId,
});
const plan = (placementOrderDate: string | null, endedDate: string | null = null) => ({
  should_be_placed_date: '2026-03-02',
  placement_order_date: placementOrderDate,
  ended_date: endedDate,
});

describe('the placement order an adoption plan counts from', () => {
  test('the court’s placement order when the plan holds none', () => {
    assert.deepEqual(effectivePlacementOrder(plan(null), [made('placement-order', '2026-11-09')]), {
      date: '2026-11-09',
      byCourt: true,
    });
  });

  test('the plan’s own date wins when both hold one', () => {
    assert.deepEqual(effectivePlacementOrder(plan('2026-11-10'), [made('placement-order', '2026-11-09')]), {
      date: '2026-11-10',
      byCourt: false,
    });
  });

  test('none when neither holds one; another order of the court is not a placement order', () => {
    assert.equal(effectivePlacementOrder(plan(null), []), undefined);
    assert.equal(effectivePlacementOrder(plan(null), [made('care-order', '2026-11-09')]), undefined);
  });

  test('only an order made from the agency decision until the plan ended belongs to the plan', () => {
    // Made the day before the decision (29 February 2024, a leap day, is before 1 March).
    const decidedOnLeapDay = { ...plan(null), should_be_placed_date: '2024-02-29' };
    assert.equal(effectivePlacementOrder(decidedOnLeapDay, [made('placement-order', '2024-02-28')]), undefined);
    assert.equal(
      effectivePlacementOrder(decidedOnLeapDay, [made('placement-order', '2024-02-29')])?.date,
      '2024-02-29',
    );
    assert.equal(effectivePlacementOrder(plan(null, '2026-06-30'), [made('placement-order', '2026-07-01')]), undefined);
    assert.equal(
      effectivePlacementOrder(plan(null, '2026-06-30'), [made('placement-order', '2026-06-30')])?.date,
      '2026-06-30',
    );
  });

  test('a court placement order no plan holds is shown on its own', () => {
    const orders = [made('placement-order', '2026-01-05', 1), made('placement-order', '2026-11-09', 2)];
    assert.deepEqual(placementOrdersWithoutPlan([plan(null)], orders), [orders[0]]);
    assert.deepEqual(placementOrdersWithoutPlan([], orders), orders);
  });
});

describe('the child’s special guardianship orders', () => {
  test('recorded here and made by the court, earliest first; the same day counted once, as recorded here', () => {
    assert.deepEqual(
      specialGuardianshipOrders(
        [{ id: 7, order_date: '2026-11-09' }],
        [made('special-guardianship-order', '2026-11-09'), made('special-guardianship-order', '2025-04-01', 2)],
      ),
      [
        { date: '2025-04-01', byCourt: true },
        { date: '2026-11-09', byCourt: false, id: 7 },
      ],
    );
    assert.deepEqual(specialGuardianshipOrders([], [made('child-arrangements-order', '2026-11-09')]), []);
  });
});
