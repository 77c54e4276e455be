import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { dueItems } from '../../../reports/timescales/index.ts';
import { defaultTimescaleSettings } from '../../../reports/timescales/settings.ts';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

describe('contact decision', () => {
  const journey = journeyOf('2014-07-01', {
    contacts: [
      // Fri before Christmas 2022: Boxing Day and the Christmas substitute day (Tue 27) are skipped.
      { id: 'c-1', receivedAt: '2022-12-23T16:30:00Z', decisionAt: '2022-12-28T10:00:00Z' },
      // Received on a Saturday: due the Monday, decided the Tuesday.
      { id: 'c-2', receivedAt: '2026-01-03T09:00:00Z', decisionAt: '2026-01-06T09:00:00Z' },
      { id: 'c-3', receivedAt: '2026-01-08T11:00:00Z' },
    ],
  });

  test('within one working day of receipt', () => {
    assert.deepEqual(linesFor(journey, 'contact-decision', '2026-01-10'), [
      '2022-12-28 met 2022-12-28',
      '2026-01-05 metLate 2026-01-06',
      '2026-01-09 overdue',
    ]);
    assert.deepEqual(linesFor(journey, 'contact-decision', '2026-01-09').at(-1), '2026-01-09 due');
  });

  test('with the start day counted as day 1, the decision is due the same working day', () => {
    assert.deepEqual(linesFor(journey, 'contact-decision', '2026-01-10', { startDayCountsAsDayOne: true }), [
      '2022-12-23 metLate 2022-12-28',
      '2026-01-05 metLate 2026-01-06',
      '2026-01-08 overdue',
    ]);
  });

  test('the local 24-hour option counts to the minute, across the clocks going forward', () => {
    const hours = journeyOf('2014-07-01', {
      contacts: [
        // Sat 28 Mar 2026 23:30 GMT + 24 h = 00:30 BST on Mon 30 Mar.
        { id: 'c-4', receivedAt: '2026-03-28T23:30:00Z', decisionAt: '2026-03-29T23:00:00Z' },
        { id: 'c-5', receivedAt: '2026-03-28T23:30:00Z', decisionAt: '2026-03-30T00:00:00Z' },
      ],
    });
    const items = dueItems(hours, Temporal.PlainDate.from('2026-04-01'), {
      ...defaultTimescaleSettings,
      contactDecisionWithin: '24-hours',
    });
    assert.deepEqual(
      items.map((i) => [i.recordId, i.dueOn.toString(), i.dueAt?.toString(), i.status, i.metOn?.toString()]),
      [
        ['c-4', '2026-03-30', '2026-03-29T23:30:00Z', 'met', '2026-03-30'],
        ['c-5', '2026-03-30', '2026-03-29T23:30:00Z', 'metLate', '2026-03-30'],
      ],
    );
  });

  test('read at an exact moment, a 24-hour decision is overdue as soon as the hour passes', () => {
    const settings = { contactDecisionWithin: '24-hours' } as const;
    assert.deepEqual(
      linesFor(journey, 'contact-decision', '2026-01-09T12:00:00Z', settings).at(-1),
      '2026-01-09 overdue',
    );
    assert.deepEqual(linesFor(journey, 'contact-decision', '2026-01-09T10:59:00Z', settings).at(-1), '2026-01-09 due');
    assert.deepEqual(linesFor(journey, 'contact-decision', '2026-01-09', settings).at(-1), '2026-01-09 due');
  });
});
