import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProtectionPlan } from '../journey.ts';
import { Temporal } from 'temporal-polyfill';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';
import { dueItems } from '../../../reports/timescales/index.ts';
import { stillToDo } from '../../../core/timescales/engine.ts';

const openPlan: ChildProtectionPlan = { id: 'cpp-1', startDate: '2026-04-20' };

function protection(plan: ChildProtectionPlan) {
  return journeyOf('2020-08-31', {
    strategyDiscussions: [
      { id: 'sd-1', decisionDate: '2026-03-25', heldDate: '2026-03-26' },
      // Decided the day before Good Friday: the next working day is Tue 7 Apr.
      { id: 'sd-2', decisionDate: '2026-04-02', heldDate: '2026-04-07' },
    ],
    section47Enquiries: [
      { id: 's47-1', startDate: '2026-03-26' },
      { id: 's47-2', startDate: '2026-04-07', initialConferenceNotRequired: true },
      { id: 's47-3', startDate: '2026-05-04' },
    ],
    conferences: [
      { id: 'icpc-1', type: 'initial', date: '2026-04-20', section47Id: 's47-1' },
      // Wrongly linked: dated before its enquiry started, so it does not count.
      { id: 'icpc-x', type: 'initial', date: '2026-04-30', section47Id: 's47-3' },
      { id: 'rcpc-1', type: 'review', date: '2026-07-16', planId: 'cpp-1' },
    ],
    childProtectionPlans: [plan],
    coreGroupMeetings: [{ id: 'cg-1', planId: 'cpp-1', date: '2026-05-06' }],
    visits: [
      { id: 'v-1', date: '2026-04-24', purpose: 'child-protection', childSeen: true },
      { id: 'v-2', date: '2026-05-12', purpose: 'child-protection', childSeen: true },
      { id: 'v-3', date: '2026-05-14', purpose: 'child-protection', childSeen: false },
      { id: 'v-4', date: '2026-05-15', purpose: 'child-in-need', childSeen: true },
    ],
  });
}

describe('child protection timescales', () => {
  const journey = protection(openPlan);

  test('strategy discussion within one working day of the decision (Easter skipped)', () => {
    assert.deepEqual(linesFor(journey, 'strategy-discussion', '2026-06-01'), [
      '2026-03-26 met 2026-03-26',
      '2026-04-07 met 2026-04-07',
    ]);
  });

  test('initial conference: strategy discussion Thu 26 Mar 2026 → due Mon 20 Apr 2026; none when not required', () => {
    // s47-3 starts on the early May bank holiday (day 0), so day 15 is Tue 26 May after the spring bank holiday.
    assert.deepEqual(linesFor(journey, 'icpc', '2026-06-01'), ['2026-04-20 met 2026-04-20', '2026-05-26 overdue']);
    assert.deepEqual(linesFor(journey, 'icpc', '2026-04-01'), ['2026-04-20 due']);
  });

  test('first core group within 10 working days of the conference (early May bank holiday skipped)', () => {
    assert.deepEqual(linesFor(journey, 'first-core-group', '2026-06-01'), ['2026-05-05 metLate 2026-05-06']);
  });

  test('visits every 10 working days with the child seen, chained from the last visit', () => {
    assert.deepEqual(linesFor(journey, 'cp-visit', '2026-06-01'), [
      '2026-05-05 met 2026-04-24',
      '2026-05-11 metLate 2026-05-12',
      // Spring bank holiday Mon 25 May skipped; the unseen visit on 14 May does not count.
      '2026-05-27 overdue',
    ]);
  });

  test('review conference within 3 months, then 6 months apart', () => {
    assert.deepEqual(linesFor(journey, 'cp-review', '2026-09-01'), ['2026-07-20 met 2026-07-16', '2027-01-16 due']);
  });

  test('senior manager oversight at 9 months', () => {
    assert.deepEqual(linesFor(journey, 'cp-plan-senior-oversight', '2027-02-01'), ['2027-01-20 overdue']);
  });

  test('nothing more is due once the plan has ended', () => {
    const ended = protection({ ...openPlan, endDate: '2026-10-01' });
    assert.deepEqual(linesFor(ended, 'cp-review', '2027-03-01'), ['2026-07-20 met 2026-07-16']);
    assert.deepEqual(linesFor(ended, 'cp-plan-senior-oversight', '2027-03-01'), []);
    assert.deepEqual(linesFor(ended, 'cp-visit', '2027-03-01').at(-1), '2026-05-27 overdue');
  });

  test('a visit missed under a plan that has ended stays missed but is no longer work to do', () => {
    const ended = protection({ ...openPlan, endDate: '2026-10-01' });
    const visitsOn = (day: string) =>
      dueItems(ended, Temporal.PlainDate.from(day)).filter(
        (item) => item.rule === 'cp-visit' && item.status === 'overdue',
      );
    // On Wed 30 Sep 2026 the plan is open: the visit due Wed 27 May is overdue and still to do.
    assert.deepEqual(
      visitsOn('2026-09-30').map((item) => stillToDo(item, Temporal.PlainDate.from('2026-09-30'))),
      [true],
    );
    // From Thu 1 Oct 2026, the day the plan ended, it is history: overdue in the record, off the lists.
    const afterEnd = visitsOn('2026-10-01');
    assert.equal(afterEnd[0]?.episodeEndedOn?.toString(), '2026-10-01');
    assert.deepEqual(
      afterEnd.map((item) => stillToDo(item, Temporal.PlainDate.from('2026-10-01'))),
      [false],
    );
  });
});
