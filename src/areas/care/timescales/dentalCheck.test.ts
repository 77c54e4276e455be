import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

// Looked after from leap day 2024 until 31 March 2026.
const lookedAfter = (dentalChecks: string[]) =>
  journeyOf('2015-05-05', {
    periodsOfCare: [{ id: 'poc', startDate: '2024-02-29', endDate: '2026-03-31', placements: [] }],
    dentalChecks: dentalChecks.map((date, i) => ({ id: `d-${i}`, date })),
  });

describe('dental check while looked after', () => {
  test('due 12 months after coming into care: leap day counts to 28 February', () => {
    assert.deepEqual(linesFor(lookedAfter([]), 'dental-check', '2025-02-27'), ['2025-02-28 due']);
    assert.deepEqual(linesFor(lookedAfter([]), 'dental-check', '2025-03-01'), ['2025-02-28 overdue']);
  });

  test('then 12 months after each check, until the period of care ends', () => {
    assert.deepEqual(linesFor(lookedAfter(['2025-03-03', '2026-02-20']), 'dental-check', '2026-06-01'), [
      '2025-02-28 metLate 2025-03-03',
      '2026-03-03 met 2026-02-20',
    ]);
  });
});
