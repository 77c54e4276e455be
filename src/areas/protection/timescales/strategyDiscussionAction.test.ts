import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';
import { dueItems } from '../../../reports/timescales/index.ts';
import { stillToDo } from '../../../core/timescales/engine.ts';

describe('strategy discussion action done (local standard: each by its own date)', () => {
  // Referred Monday 2 March 2026; the strategy discussion held Wednesday 4 March agreed an action
  // to be done by Friday 13 March.
  const action = {
    id: '5',
    description: 'Police check on the household',
    agreedDate: '2026-03-04',
    dueDate: '2026-03-13',
  };

  test('due by its date from the day agreed, met when done', () => {
    const open = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02' }],
      strategyDiscussionActions: [action],
    });
    assert.deepEqual(linesFor(open, 'strategy-discussion-action', '2026-03-03'), []);
    assert.deepEqual(linesFor(open, 'strategy-discussion-action', '2026-03-13'), ['2026-03-13 due']);
    assert.deepEqual(linesFor(open, 'strategy-discussion-action', '2026-03-16'), ['2026-03-13 overdue']);
    const late = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02' }],
      strategyDiscussionActions: [{ ...action, doneDate: '2026-03-16' }],
    });
    assert.deepEqual(linesFor(late, 'strategy-discussion-action', '2026-03-31'), ['2026-03-13 metLate 2026-03-16']);
  });

  test('an action not done when the episode closes leaves the lists, missed; one closed before its date asks nothing', () => {
    const closedAfter = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02', closureDate: '2026-03-20' }],
      strategyDiscussionActions: [action],
    });
    const [item] = dueItems(closedAfter, Temporal.PlainDate.from('2026-03-31')).filter(
      (due) => due.rule === 'strategy-discussion-action',
    );
    assert.equal(item?.status, 'overdue');
    assert.equal(item?.episodeEndedOn?.toString(), '2026-03-20');
    assert.equal(stillToDo(item, Temporal.PlainDate.from('2026-03-31')), false);
    const closedBefore = journeyOf('2016-04-04', {
      referrals: [{ id: '1', referralDate: '2026-03-02', closureDate: '2026-03-10' }],
      strategyDiscussionActions: [action],
    });
    assert.deepEqual(linesFor(closedBefore, 'strategy-discussion-action', '2026-03-31'), []);
  });
});
