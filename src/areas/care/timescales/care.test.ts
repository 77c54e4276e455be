import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PeriodOfCare, Placement } from '../journey.ts';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

const foster: PeriodOfCare = {
  id: 'poc-1',
  startDate: '2026-01-08',
  carePlanDate: '2026-01-08',
  placements: [
    { id: 'pl-1', startDate: '2026-01-08', endDate: '2026-03-01', arrangement: 'other', longTerm: false },
    { id: 'pl-2', startDate: '2026-03-01', arrangement: 'other', longTerm: true },
  ],
};

const lookedAfter = journeyOf('2016-05-10', {
  periodsOfCare: [foster],
  lookedAfterReviews: [
    { id: 'lac-r1', date: '2026-02-04' },
    { id: 'lac-r2', date: '2026-05-05' },
  ],
  healthAssessments: [{ id: 'iha', date: '2026-02-10', type: 'initial' }],
  personalEducationPlans: [{ id: 'pep-1', date: '2026-01-30' }],
  visits: ['2026-01-14', '2026-02-20', '2026-03-06', '2026-04-20'].map((date, i) => ({
    id: `v-${i}`,
    date,
    purpose: 'looked-after' as const,
    childSeen: true,
  })),
});

describe('looked after children', () => {
  test('care plan before or within 10 working days of the first placement', () => {
    assert.deepEqual(linesFor(lookedAfter, 'care-plan', '2026-06-01'), ['2026-01-22 met 2026-01-08']);
  });

  test('reviews: 20 working days, then 3 months, then 6 months', () => {
    assert.deepEqual(linesFor(lookedAfter, 'cla-review', '2026-06-01'), [
      '2026-02-05 met 2026-02-04',
      '2026-05-04 metLate 2026-05-05',
      '2026-11-05 due',
    ]);
  });

  test('initial health assessment by the first review; then yearly from age 5', () => {
    assert.deepEqual(linesFor(lookedAfter, 'initial-health-assessment', '2026-06-01'), [
      '2026-02-05 metLate 2026-02-10',
    ]);
    assert.deepEqual(linesFor(lookedAfter, 'review-health-assessment', '2026-06-01'), ['2027-02-10 due']);
  });

  test('personal education plan by the first review, then every 6 months', () => {
    assert.deepEqual(linesFor(lookedAfter, 'pep', '2026-06-01'), ['2026-02-05 met 2026-01-30', '2026-07-30 due']);
  });

  test('visits: within a week of each placement, then 6-weekly; none after the placement ends', () => {
    assert.deepEqual(linesFor(lookedAfter, 'cla-visit', '2026-06-01'), [
      '2026-01-15 met 2026-01-14',
      '2026-02-25 met 2026-02-20',
      '2026-03-08 met 2026-03-06',
      '2026-04-17 metLate 2026-04-20',
      '2026-06-01 due',
    ]);
  });

  test('nothing is due after the period of care ends', () => {
    const left = journeyOf('2016-05-10', { periodsOfCare: [{ ...foster, endDate: '2026-02-01', placements: [] }] });
    for (const rule of ['cla-review', 'initial-health-assessment', 'pep', 'cla-visit'] as const) {
      assert.deepEqual(linesFor(left, rule, '2026-03-01'), [], rule);
    }
  });
});

describe('visits to a looked after child (reg 28)', () => {
  function placedFrom(placement: Placement, visits: string[], reviews: string[] = []) {
    return journeyOf('2012-04-01', {
      periodsOfCare: [{ id: 'poc', startDate: placement.startDate, placements: [placement] }],
      lookedAfterReviews: reviews.map((date, i) => ({ id: `r-${i}`, date })),
      visits: visits.map((date, i) => ({ id: `v-${i}`, date, purpose: 'looked-after' as const, childSeen: true })),
    });
  }

  test('a long-term placement is visited 6-weekly in its first year and 3-monthly after', () => {
    const journey = placedFrom({ id: 'pl', startDate: '2024-01-10', arrangement: 'other', longTerm: true }, [
      '2024-01-15',
      '2024-12-20',
      '2025-01-31',
    ]);
    assert.deepEqual(linesFor(journey, 'cla-visit', '2025-03-01'), [
      '2024-01-17 met 2024-01-15',
      '2024-02-26 metLate 2024-12-20',
      '2025-01-31 met 2025-01-31',
      '2025-04-30 due',
    ]);
  });

  const beforeFirstReview = ['2026-01-14', '2026-01-21', '2026-01-29', '2026-02-05'];

  test('placed with a parent: weekly until the first review, then the general rule', () => {
    const journey = placedFrom(
      { id: 'pl', startDate: '2026-01-08', arrangement: 'placed-with-parent', longTerm: false },
      beforeFirstReview,
      ['2026-02-04'],
    );
    assert.deepEqual(linesFor(journey, 'cla-visit', '2026-03-01'), [
      '2026-01-15 met 2026-01-14',
      '2026-01-21 met 2026-01-21',
      '2026-01-28 metLate 2026-01-29',
      // The review on 4 February ends the weekly cycle: 6 weeks from the visit before it.
      '2026-03-12 met 2026-02-05',
      '2026-03-19 due',
    ]);
  });

  // The first review is on Wednesday 4 February 2026, the last visit the day before it.
  const dayBeforeReview = ['2026-01-14', '2026-01-21', '2026-01-28', '2026-02-03'];

  test('placed with a parent: a visit the day before the first review is followed 6 weeks later, not a week', () => {
    const journey = placedFrom(
      { id: 'pl', startDate: '2026-01-08', arrangement: 'placed-with-parent', longTerm: false },
      dayBeforeReview,
      ['2026-02-04'],
    );
    assert.deepEqual(linesFor(journey, 'cla-visit', '2026-02-20').at(-1), '2026-03-17 due');
    // Before the review is held the weekly cycle still runs.
    assert.deepEqual(linesFor(journey, 'cla-visit', '2026-02-03').at(-1), '2026-02-10 due');
  });

  test('connected person: a visit the day before the first review is followed 4 weeks later, not a week', () => {
    const journey = placedFrom(
      { id: 'pl', startDate: '2026-01-08', arrangement: 'connected-person-temporary-approval', longTerm: false },
      dayBeforeReview,
      ['2026-02-04'],
    );
    assert.deepEqual(linesFor(journey, 'cla-visit', '2026-02-20').at(-1), '2026-03-03 due');
  });

  test('a weekly visit missed before the first review stays overdue from its week', () => {
    const journey = placedFrom(
      { id: 'pl', startDate: '2026-01-08', arrangement: 'placed-with-parent', longTerm: false },
      ['2026-01-14'],
      ['2026-02-04'],
    );
    assert.deepEqual(linesFor(journey, 'cla-visit', '2026-02-20'), ['2026-01-15 met 2026-01-14', '2026-01-21 overdue']);
  });

  test('over a leap day: weekly from Friday 23 February 2024 falls due on Friday 1 March', () => {
    const journey = placedFrom(
      { id: 'pl', startDate: '2024-02-16', arrangement: 'placed-with-parent', longTerm: false },
      ['2024-02-23'],
    );
    assert.deepEqual(linesFor(journey, 'cla-visit', '2024-02-26').at(-1), '2024-03-01 due');
  });

  test('connected person under temporary approval: weekly until the first review, then 4-weekly', () => {
    const journey = placedFrom(
      { id: 'pl', startDate: '2026-01-08', arrangement: 'connected-person-temporary-approval', longTerm: false },
      beforeFirstReview,
      ['2026-02-04'],
    );
    assert.deepEqual(linesFor(journey, 'cla-visit', '2026-03-01').at(-1), '2026-03-05 due');
  });
});

describe('younger children', () => {
  const journey = journeyOf('2023-06-01', {
    periodsOfCare: [{ id: 'poc', startDate: '2026-01-08', placements: [] }],
    healthAssessments: [
      { id: 'iha', date: '2026-01-20', type: 'initial' },
      { id: 'rha-1', date: '2026-07-15', type: 'review' },
      { id: 'rha-2', date: '2028-06-05', type: 'review' },
    ],
  });

  test('health reviewed every 6 months before the 5th birthday, then every 12 months', () => {
    assert.deepEqual(linesFor(journey, 'review-health-assessment', '2028-07-01'), [
      '2026-07-20 met 2026-07-15',
      '2027-01-15 metLate 2028-06-05',
      '2029-06-05 due',
    ]);
  });

  test('the personal education plan clock starts at the 3rd birthday', () => {
    assert.deepEqual(linesFor(journey, 'pep', '2026-05-01'), []);
    assert.deepEqual(linesFor(journey, 'pep', '2026-07-01'), ['2026-06-29 overdue']);
    assert.deepEqual(linesFor(journey, 'pep', '2026-07-01', { personalEducationPlanFromAge: 0 }), [
      '2026-02-05 overdue',
    ]);
  });
});
