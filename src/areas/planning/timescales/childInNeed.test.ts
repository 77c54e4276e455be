import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { dueItems } from '../../../reports/timescales/index.ts';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

const journey = journeyOf('2012-11-20', {
  childInNeedPlans: [{ id: 'cin-1', startDate: '2026-01-05', endDate: '2026-05-01' }],
  childInNeedPlanReviews: [{ id: 'r-1', planId: 'cin-1', date: '2026-03-27' }],
  visits: [{ id: 'v-1', date: '2026-01-30', purpose: 'child-in-need', childSeen: true }],
  planActions: [
    {
      id: 'a-1',
      planType: 'child-in-need',
      planId: 'cin-1',
      description: 'School attendance plan',
      recordedDate: '2026-01-05',
      dueDate: '2026-02-01',
      doneDate: '2026-01-28',
    },
    {
      id: 'a-2',
      planType: 'child-in-need',
      planId: 'cin-1',
      description: 'Referral to CAMHS',
      recordedDate: '2026-01-05',
      dueDate: '2026-03-01',
    },
    {
      id: 'a-3',
      planType: 'child-in-need',
      planId: 'cin-1',
      description: 'Housing review',
      recordedDate: '2026-01-05',
      dueDate: '2026-06-01',
    },
  ],
});

describe('child in need timescales', () => {
  test('visits every 20 working days while the plan lasts', () => {
    assert.deepEqual(linesFor(journey, 'cin-visit', '2026-03-02'), ['2026-02-02 met 2026-01-30', '2026-02-27 overdue']);
  });

  test('plan reviewed every 12 weeks; no review due after the plan ended', () => {
    assert.deepEqual(linesFor(journey, 'cin-review', '2026-04-01'), ['2026-03-30 met 2026-03-27', '2026-06-19 due']);
    assert.deepEqual(linesFor(journey, 'cin-review', '2026-07-01'), ['2026-03-30 met 2026-03-27']);
  });

  test('each plan action by its own date, titled with the action; none after the plan ended', () => {
    assert.deepEqual(linesFor(journey, 'plan-action', '2026-03-02'), [
      '2026-02-01 met 2026-01-28',
      '2026-03-01 overdue',
      '2026-06-01 due',
    ]);
    assert.deepEqual(linesFor(journey, 'plan-action', '2026-07-01'), [
      '2026-02-01 met 2026-01-28',
      '2026-03-01 overdue',
    ]);
    const overdue = dueItems(journey, Temporal.PlainDate.from('2026-03-02')).find(
      (i) => i.status === 'overdue' && i.rule === 'plan-action',
    );
    assert.equal(overdue?.title, 'Plan action: Referral to CAMHS');
    assert.equal(overdue?.recordId, 'a-2');
  });
});
