import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CareLeaver } from '../journey.ts';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

const noRecords: CareLeaver = { pathwayPlanReviews: [], keepingInTouch: [] };

describe('leaving care', () => {
  // Born 29 Feb 2008: 16 on 29 Feb 2024, 18 on 28 Feb 2026.
  const journey = journeyOf('2008-02-29', {
    periodsOfCare: [{ id: 'poc', startDate: '2021-09-01', endDate: '2026-02-28', placements: [] }],
    careLeaver: {
      eligibleDate: '2024-02-29',
      needsAssessmentDate: '2024-05-01',
      pathwayPlanDate: '2024-05-20',
      pathwayPlanReviews: [
        { id: 'pr-1', date: '2024-11-25' },
        { id: 'pr-2', date: '2025-05-01' },
      ],
      keepingInTouch: [{ id: 'k-1', date: '2026-03-10' }],
    },
  });

  test('needs assessment and pathway plan by 16 years 3 months', () => {
    assert.deepEqual(linesFor(journey, 'pathway-needs-assessment', '2024-06-01'), ['2024-05-29 met 2024-05-20']);
  });

  test('needs assessment 3 months after becoming eligible after 16', () => {
    const later = journeyOf('2009-09-15', { careLeaver: { ...noRecords, eligibleDate: '2026-01-20' } });
    assert.deepEqual(linesFor(later, 'pathway-needs-assessment', '2026-04-21'), ['2026-04-20 overdue']);
  });

  test('pathway plan reviewed at least every 6 months', () => {
    assert.deepEqual(linesFor(journey, 'pathway-plan-review', '2025-06-01'), [
      '2024-11-20 metLate 2024-11-25',
      '2025-05-25 met 2025-05-01',
      '2025-11-01 due',
    ]);
  });

  test('in touch from 3 months before to a month after each birthday after leaving care', () => {
    assert.deepEqual(linesFor(journey, 'care-leaver-contact', '2027-02-15'), [
      '2026-03-28 met 2026-03-10',
      '2027-03-28 due',
    ]);
    assert.deepEqual(linesFor(journey, 'care-leaver-contact', '2027-04-01').at(-1), '2027-03-28 overdue');
    // Still looked after: no keeping-in-touch items.
    assert.deepEqual(linesFor(journey, 'care-leaver-contact', '2026-02-15'), []);
  });

  test('a contact 3 months before the birthday counts for it (OC3); one the day before the window does not', () => {
    // Turns 19 on Tuesday 1 December 2026: the window opens on Tuesday 1 September 2026.
    const nineteen = (contact: string) =>
      journeyOf('2007-12-01', {
        periodsOfCare: [{ id: 'poc', startDate: '2020-01-01', endDate: '2025-12-01', placements: [] }],
        careLeaver: { ...noRecords, keepingInTouch: [{ id: 'k', date: contact }] },
      });
    assert.deepEqual(
      linesFor(nineteen('2026-09-01'), 'care-leaver-contact', '2026-12-02').at(-1),
      '2027-01-01 met 2026-09-01',
    );
    assert.deepEqual(linesFor(nineteen('2026-08-31'), 'care-leaver-contact', '2026-12-02').at(-1), '2027-01-01 due');
  });

  test('annual contact after 21 up to the local age, titled by birthday', () => {
    const older = journeyOf('2004-06-10', {
      periodsOfCare: [{ id: 'poc', startDate: '2019-01-01', endDate: '2022-06-10', placements: [] }],
      careLeaver: { ...noRecords, keepingInTouch: [{ id: 'k', date: '2025-06-01' }] },
    });
    assert.deepEqual(linesFor(older, 'care-leaver-contact', '2026-08-01').slice(-2), [
      '2025-07-10 met 2025-06-01',
      '2026-07-10 overdue',
    ]);
    assert.deepEqual(
      linesFor(older, 'care-leaver-contact', '2026-08-01', { careLeaverAnnualContactToAge: 0 }).at(-1),
      '2025-07-10 met 2025-06-01',
    );
  });
});
