import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AdoptionPlan } from '../journey.ts';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

function adoption(plan: AdoptionPlan) {
  return journeyOf('2024-11-02', {
    periodsOfCare: [{ id: 'poc', startDate: '2025-01-10', placements: [] }],
    adoptionPlans: [plan],
  });
}

describe('adoption scorecard thresholds', () => {
  const plan: AdoptionPlan = {
    id: 'ap-1',
    decisionDate: '2025-06-01',
    placementOrderDate: '2025-09-01',
    matchedDate: '2026-01-05',
    movedInDate: '2026-02-20',
  };

  test('A1: entered care to moving in with adopters within 426 days', () => {
    assert.deepEqual(linesFor(adoption(plan), 'adoption-a1', '2026-03-01'), ['2026-03-12 met 2026-02-20']);
  });

  test('A2: placement order to match within 121 days', () => {
    assert.deepEqual(linesFor(adoption(plan), 'adoption-a2', '2026-03-01'), ['2025-12-31 metLate 2026-01-05']);
  });

  test('nothing is due once the plan moved away from adoption', () => {
    const changed = adoption({
      id: 'ap-2',
      decisionDate: '2025-06-01',
      placementOrderDate: '2025-09-01',
      endedDate: '2025-11-01',
    });
    assert.deepEqual(linesFor(changed, 'adoption-a2', '2026-03-01'), []);
    assert.deepEqual(linesFor(changed, 'adoption-a1', '2026-03-01'), []);
  });
});
