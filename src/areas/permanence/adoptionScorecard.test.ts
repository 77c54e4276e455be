import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { daysBetween, enteredCareForDecision, scorecardDays, threeYearAverage } from './adoptionScorecard.ts';

describe('adoption scorecard days', () => {
  test('days run from the day after the start: 10 January 2025 to 20 February 2026 is 406 days', () => {
    assert.equal(daysBetween('2025-01-10', '2026-02-20'), 406);
  });

  test('a leap year counts its 29 February: 1 March 2023 to 1 March 2024 is 366 days', () => {
    assert.equal(daysBetween('2023-03-01', '2024-03-01'), 366);
  });

  test('moving in 426 days after entering care meets A1; 427 days is over the threshold', () => {
    // Entered care Monday 5 January 2026; 426 days on is Sunday 7 March 2027 (weekends count).
    assert.deepEqual(scorecardDays({ enteredCare: '2026-01-05', movedIn: '2027-03-07' }, '2027-04-01'), {
      enteredCareToMovedIn: { days: 426, waiting: false, overThreshold: false },
    });
    assert.equal(
      scorecardDays({ enteredCare: '2026-01-05', movedIn: '2027-03-08' }, '2027-04-01').enteredCareToMovedIn
        ?.overThreshold,
      true,
    );
  });

  test('a child still waiting for a match is counted to the day asked about', () => {
    // Placement order Friday 1 May 2026; on Wednesday 2 September 2026 the child has waited 124 days.
    assert.deepEqual(scorecardDays({ placementOrder: '2026-05-01' }, '2026-09-02'), {
      placementOrderToMatch: { days: 124, waiting: true, overThreshold: true },
    });
  });

  test('A1 starts from the period of care the decision was made in, not an earlier one', () => {
    assert.equal(enteredCareForDecision(['2019-04-01', '2025-01-10', '2026-12-01'], '2025-06-01'), '2025-01-10');
    assert.equal(enteredCareForDecision(['2026-12-01'], '2025-06-01'), undefined);
  });

  test('the three-year average counts the children who reached the step in the three years to the day', () => {
    const reached = [
      { on: '2023-12-02', days: 500 }, // three years and a day before: not counted
      { on: '2023-12-03', days: 400 },
      { on: '2026-12-02', days: 351 },
      { on: '2026-12-03', days: 100 }, // after the day asked about
    ];
    assert.equal(threeYearAverage(reached, '2026-12-02'), 376);
    assert.equal(threeYearAverage([], '2026-12-02'), undefined);
  });
});
