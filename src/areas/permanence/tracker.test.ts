import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siblingGroupCounts, stageReached } from './tracker.ts';

describe('the permanence tracker’s counts and stages', () => {
  test('brothers and sisters are counted by child and by group', () => {
    const sibling = (group: string, together: boolean) => ({
      siblings: { group, together, placed: together ? 'Placed together' : 'Placed apart', reason: null },
    });
    assert.deepEqual(
      siblingGroupCounts([
        sibling('a', true),
        sibling('a', true),
        sibling('b', false),
        sibling('b', false),
        sibling('b', false),
        {},
      ]),
      { children: { together: 2, apart: 3 }, groups: { together: 1, apart: 1 } },
    );
  });

  test('the stage reached follows the route the plan names', () => {
    assert.equal(stageReached({ planType: 'special-guardianship' }), 'Plan agreed');
    assert.equal(
      stageReached({ planType: 'special-guardianship', guardianAssessment: { completed_date: null } }),
      'Special guardian being assessed',
    );
    assert.equal(
      stageReached({
        planType: 'special-guardianship',
        guardianAssessment: { completed_date: '2026-10-01' },
        specialGuardianshipOrder: true,
      }),
      'Special guardianship order made',
    );
    assert.equal(
      stageReached({ planType: 'long-term-fostering', longTermFosteringConfirmed: true }),
      'Long-term fostering confirmed',
    );
    assert.equal(stageReached({ planType: 'adoption' }), 'Plan agreed');
  });
});
