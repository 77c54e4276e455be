import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

const journey = journeyOf('2010-10-10', {
  missingEpisodes: [
    {
      // Back on Fri 27 Mar 2026 at 20:00 GMT; 72 hours later is 21:00 BST on Mon 30 Mar.
      id: 'm-1',
      startedAt: '2026-03-26T18:00:00Z',
      returnedAt: '2026-03-27T20:00:00Z',
      returnInterview: { offeredAt: '2026-03-28T10:00:00Z', heldAt: '2026-03-30T19:30:00Z' },
      managerReviewDate: '2026-04-09',
    },
    {
      // Offered within the hours and declined by the child.
      id: 'm-2',
      startedAt: '2026-05-31T22:00:00Z',
      returnedAt: '2026-06-01T10:00:00Z',
      returnInterview: { offeredAt: '2026-06-02T10:00:00Z', declined: true },
    },
    { id: 'm-3', startedAt: '2026-06-09T22:00:00Z', returnedAt: '2026-06-10T10:00:00Z' },
    // Still missing: no clock yet.
    { id: 'm-4', startedAt: '2026-06-12T22:00:00Z' },
  ],
});

describe('missing from home or care', () => {
  test('return home interview within 72 hours of return', () => {
    assert.deepEqual(linesFor(journey, 'return-home-interview', '2026-06-14'), [
      '2026-03-30 met 2026-03-30',
      '2026-06-04 met 2026-06-02',
      '2026-06-13 overdue',
    ]);
  });

  test('read at an exact moment, overdue once the 72 hours have passed', () => {
    assert.deepEqual(linesFor(journey, 'return-home-interview', '2026-06-13T10:30:00Z').at(-1), '2026-06-13 overdue');
    assert.deepEqual(linesFor(journey, 'return-home-interview', '2026-06-13T09:30:00Z').at(-1), '2026-06-13 due');
  });

  test('72 clock hours: weekends and bank holidays do not stop the clock', () => {
    const returned = (returnedAt: string, heldAt?: string) =>
      journeyOf('2010-10-10', {
        missingEpisodes: [
          {
            id: 'm-1',
            startedAt: '2026-01-01T00:00:00Z',
            returnedAt,
            ...(heldAt ? { returnInterview: { heldAt } } : {}),
          },
        ],
      });
    // Back on Friday 22 May 2026 at 19:30 BST, before the spring bank holiday: due 19:30 on Monday 25 May.
    const friday = '2026-05-22T18:30:00Z';
    assert.deepEqual(linesFor(returned(friday, '2026-05-25T18:29:00Z'), 'return-home-interview', '2026-06-01'), [
      '2026-05-25 met 2026-05-25',
    ]);
    assert.deepEqual(linesFor(returned(friday, '2026-05-25T18:31:00Z'), 'return-home-interview', '2026-06-01'), [
      '2026-05-25 metLate 2026-05-25',
    ]);
    // Back at 23:00 on Thursday 24 December 2026: due 23:00 on Sunday 27 December, Christmas or not.
    assert.deepEqual(linesFor(returned('2026-12-24T23:00:00Z'), 'return-home-interview', '2026-12-27T22:59:00Z'), [
      '2026-12-27 due',
    ]);
    assert.deepEqual(linesFor(returned('2026-12-24T23:00:00Z'), 'return-home-interview', '2026-12-27T23:01:00Z'), [
      '2026-12-27 overdue',
    ]);
  });

  test('manager review within 5 working days of the interview held (Easter skipped)', () => {
    assert.deepEqual(linesFor(journey, 'missing-manager-review', '2026-06-14'), ['2026-04-08 metLate 2026-04-09']);
  });
});
