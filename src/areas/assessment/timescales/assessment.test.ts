import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

describe('single assessment within 45 working days of the referral', () => {
  const journey = journeyOf('2019-03-02', {
    referrals: [
      { id: 'ref-1', referralDate: '2025-12-18' },
      { id: 'ref-2', referralDate: '2026-01-05', closureDate: '2026-01-20' },
      { id: 'ref-3', referralDate: '2026-01-05' },
    ],
    assessments: [
      // The worked example: Thu 18 Dec 2025 → Tue 24 Feb 2026 over Christmas and New Year.
      { id: 'sa-1', referralId: 'ref-1', authorisationDate: '2026-02-24' },
      // The referral closed before the assessment fell due: nothing is due.
      { id: 'sa-2', referralId: 'ref-2' },
      { id: 'sa-3', referralId: 'ref-3' },
    ],
  });

  test('met on the due date, overdue after it, and stopped when the referral closed', () => {
    assert.deepEqual(linesFor(journey, 'assessment', '2026-03-20'), [
      '2026-02-24 met 2026-02-24',
      '2026-03-09 overdue',
    ]);
  });

  test('counting the referral day as day 1 brings the due date one working day forward', () => {
    assert.deepEqual(linesFor(journey, 'assessment', '2026-03-20', { startDayCountsAsDayOne: true }), [
      '2026-02-23 metLate 2026-02-24',
      '2026-03-06 overdue',
    ]);
  });
});
