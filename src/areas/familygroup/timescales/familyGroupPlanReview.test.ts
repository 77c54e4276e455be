import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

describe('family plan review', () => {
  // A family group conference held on Tuesday 3 February 2026 agreed a plan to review on 3 March;
  // the review on 10 March (a week late) set the next for 5 May, and the one on 28 April ended the plan.
  const journey = journeyOf('2020-01-01', {
    familyGroupMeetings: [
      {
        id: 'fgc-1',
        kind: 'family-group-conference',
        offeredDate: '2026-01-12',
        response: 'accepted',
        responseDate: '2026-01-14',
        heldDate: '2026-02-03',
        reviewDueDate: '2026-03-03',
        reviews: [
          { date: '2026-03-10', outcome: 'continues', nextReviewDate: '2026-05-05' },
          { date: '2026-04-28', outcome: 'ended' },
        ],
      },
      // Declined: nothing to review.
      { id: 'fgc-2', kind: 'family-network-meeting', offeredDate: '2025-06-01', response: 'declined', reviews: [] },
    ],
  });

  test('the first review is due on the day the family agreed, and each review sets the next', () => {
    assert.deepEqual(linesFor(journey, 'family-group-plan-review', '2026-02-20'), ['2026-03-03 due']);
    assert.deepEqual(linesFor(journey, 'family-group-plan-review', '2026-03-05'), ['2026-03-03 overdue']);
    assert.deepEqual(linesFor(journey, 'family-group-plan-review', '2026-04-01'), [
      '2026-03-03 metLate 2026-03-10',
      '2026-05-05 due',
    ]);
  });

  test('a review that ends the plan ends the reviews', () => {
    assert.deepEqual(linesFor(journey, 'family-group-plan-review', '2026-06-01'), [
      '2026-03-03 metLate 2026-03-10',
      '2026-05-05 met 2026-04-28',
    ]);
  });

  test('before the meeting is held nothing is due', () => {
    assert.deepEqual(linesFor(journey, 'family-group-plan-review', '2026-02-01'), []);
  });
});
