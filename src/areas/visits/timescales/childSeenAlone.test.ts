import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

describe('child seen alone (local standard, default every 6 weeks)', () => {
  // On a child protection plan from Monday 2 March 2026; seen alone on Friday 20 March, on a visit
  // that counted for no visiting standard as well as on one that did.
  const journey = journeyOf('2016-04-04', {
    childProtectionPlans: [{ id: '7', startDate: '2026-03-02' }],
    childSeenAlone: ['2026-03-20'],
  });

  test('within 6 weeks of the plan starting, then of the last time seen alone', () => {
    // 2 March + 6 weeks = 13 April (met on 20 March); 20 March + 6 weeks = 1 May.
    assert.deepEqual(linesFor(journey, 'child-seen-alone', '2026-04-30'), [
      '2026-04-13 met 2026-03-20',
      '2026-05-01 due',
    ]);
    assert.deepEqual(linesFor(journey, 'child-seen-alone', '2026-05-04'), [
      '2026-04-13 met 2026-03-20',
      '2026-05-01 overdue',
    ]);
  });

  test('the council sets the interval', () => {
    // Every 2 weeks: due 16 March, seen alone on the 20th (late); then due 3 April.
    assert.deepEqual(linesFor(journey, 'child-seen-alone', '2026-04-06', { childSeenAloneWeeks: 2 }), [
      '2026-03-16 metLate 2026-03-20',
      '2026-04-03 overdue',
    ]);
  });

  test('one item waits for the next time seen alone, and none comes after the plan ended; a leap day counts', () => {
    const ended = journeyOf('2016-04-04', {
      childInNeedPlans: [{ id: '3', startDate: '2024-02-15', endDate: '2024-03-20' }],
      childSeenAlone: [],
    });
    // 15 February 2024 + 2 weeks = 29 February 2024, never met: the one item, counted as missed.
    assert.deepEqual(linesFor(ended, 'child-seen-alone', '2024-06-01', { childSeenAloneWeeks: 2 }), [
      '2024-02-29 overdue',
    ]);
  });
});
