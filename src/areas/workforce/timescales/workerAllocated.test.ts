import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

describe('worker allocated (local standard, default within 1 working day)', () => {
  test('a referral without a worker: due the next working day, met by the allocation', () => {
    // Referred on Monday 2 March 2026: a worker by Tuesday 3 March.
    const waiting = journeyOf('2016-04-04', { referrals: [{ id: '1', referralDate: '2026-03-02' }], allocations: [] });
    assert.deepEqual(linesFor(waiting, 'worker-allocated', '2026-03-03'), ['2026-03-03 due']);
    assert.deepEqual(linesFor(waiting, 'worker-allocated', '2026-03-04'), ['2026-03-03 overdue']);
    const onTime = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02' }],
      allocations: [{ id: '9', startDate: '2026-03-03' }],
    });
    assert.deepEqual(linesFor(onTime, 'worker-allocated', '2026-03-31'), ['2026-03-03 met 2026-03-03']);
    const late = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02' }],
      allocations: [{ id: '9', startDate: '2026-03-05' }],
    });
    assert.deepEqual(linesFor(late, 'worker-allocated', '2026-03-31'), ['2026-03-03 metLate 2026-03-05']);
    // Allocated the day the child is referred: never without a worker.
    const atOnce = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02' }],
      allocations: [{ id: '9', startDate: '2026-03-02' }],
    });
    assert.deepEqual(linesFor(atOnce, 'worker-allocated', '2026-03-31'), []);
  });

  test('Easter and a leap day are not working days', () => {
    // Thursday 2 April 2026, then Good Friday 3 April and Easter Monday 6 April: due Tuesday 7 April.
    const easter = journeyOf('2016-04-04', { referrals: [{ id: '1', referralDate: '2026-04-02' }], allocations: [] });
    assert.deepEqual(linesFor(easter, 'worker-allocated', '2026-04-07'), ['2026-04-07 due']);
    // Friday 28 February 2020, then Saturday 29 February: due Monday 2 March.
    const leap = journeyOf('2010-04-04', { referrals: [{ id: '1', referralDate: '2020-02-28' }], allocations: [] });
    assert.deepEqual(linesFor(leap, 'worker-allocated', '2020-03-02'), ['2020-03-02 due']);
  });

  test('a worker leaving while the plan goes on starts the clock again; joined episodes are one spell', () => {
    // Referred 2 March 2026 and on a CP plan from 20 March; the first worker holds the case until
    // 15 June (a Monday), the next from Wednesday 17 June: due Tuesday 16 June, met late.
    const journey = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02' }],
      childProtectionPlans: [{ id: '4', startDate: '2026-03-20' }],
      allocations: [
        { id: '9', startDate: '2026-03-02', endDate: '2026-06-15' },
        { id: '10', startDate: '2026-06-17' },
      ],
    });
    assert.deepEqual(linesFor(journey, 'worker-allocated', '2026-07-01'), ['2026-06-16 metLate 2026-06-17']);
  });

  test('a case closed before a worker was due asks for none; one closed after leaves the lists', () => {
    // Referred Monday 2 March, closed the same week on Tuesday 3 March (the due day): nothing due.
    const quick = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02', closureDate: '2026-03-03' }],
      allocations: [],
    });
    assert.deepEqual(linesFor(quick, 'worker-allocated', '2026-03-31'), []);
    // Closed on Friday 13 March without a worker: missed, and its episode ended.
    const missed = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02', closureDate: '2026-03-13' }],
      allocations: [],
    });
    assert.deepEqual(linesFor(missed, 'worker-allocated', '2026-03-31'), ['2026-03-03 overdue']);
  });

  test('the council sets the working days', () => {
    // None: the same day; five: Monday 9 March.
    const journey = journeyOf('2016-04-04', { referrals: [{ id: '1', referralDate: '2026-03-02' }], allocations: [] });
    assert.deepEqual(linesFor(journey, 'worker-allocated', '2026-03-02', { workerAllocatedWorkingDays: 0 }), [
      '2026-03-02 due',
    ]);
    assert.deepEqual(linesFor(journey, 'worker-allocated', '2026-03-10', { workerAllocatedWorkingDays: 5 }), [
      '2026-03-09 overdue',
    ]);
  });
});
