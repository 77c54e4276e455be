import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { journeyOf, linesFor } from '../../../reports/timescales/testing.ts';

describe('court', () => {
  const journey = journeyOf('2022-03-03', {
    careProceedings: [
      {
        id: 'cp-1',
        issueDate: '2026-02-26',
        extensions: [{ weeks: 8, reason: 'Expert assessment', grantedDate: '2026-08-20' }],
        concludedDate: '2026-10-15',
      },
    ],
    preProceedings: [
      {
        id: 'plo-1',
        meetingDate: '2026-01-15',
        reviewMeetings: [{ id: 'pr', date: '2026-02-20' }],
        decisionDate: '2026-03-30',
      },
    ],
  });

  test('proceedings concluded within 26 weeks beginning with the day of issue, extended by each extension once granted', () => {
    assert.deepEqual(linesFor(journey, 'proceedings', '2026-08-19'), ['2026-08-26 due']);
    assert.deepEqual(linesFor(journey, 'proceedings', '2026-09-01'), ['2026-10-21 due']);
    assert.deepEqual(linesFor(journey, 'proceedings', '2026-11-01'), ['2026-10-21 met 2026-10-15']);
  });

  test('pre-proceedings reviewed every 6 weeks until the decision, made within 16 weeks', () => {
    assert.deepEqual(linesFor(journey, 'plo-review', '2026-05-01'), ['2026-02-26 met 2026-02-20']);
    assert.deepEqual(linesFor(journey, 'plo-review', '2026-03-01'), ['2026-02-26 met 2026-02-20', '2026-04-03 due']);
    assert.deepEqual(linesFor(journey, 'plo-decision', '2026-05-01'), ['2026-05-07 met 2026-03-30']);
  });
});
