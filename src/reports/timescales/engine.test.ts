import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { dueItems, timescaleRules } from './index.ts';
import { defaultTimescaleSettings } from './settings.ts';
import { journeyOf, linesFor } from './testing.ts';

describe('the timescale engine', () => {
  test('the catalogue lists each rule once with a title, a source and a kind', () => {
    const ids = timescaleRules.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, 33);
    for (const rule of timescaleRules) {
      assert.ok(rule.title.length > 0 && rule.source.length > 0, rule.id);
      assert.ok(['national', 'local', 'national and local'].includes(rule.kind), rule.id);
    }
  });

  test('a child with no records has nothing due', () => {
    assert.deepEqual(dueItems(journeyOf('2015-01-01', {}), Temporal.PlainDate.from('2026-01-01')), []);
  });

  test('items carry the child, the record, the rule’s title and source, earliest due first', () => {
    const journey = journeyOf('2015-01-01', {
      referrals: [{ id: 'ref-1', referralDate: '2025-12-18' }],
      assessments: [{ id: 'sa-1', referralId: 'ref-1' }],
      strategyDiscussions: [{ id: 'sd-1', decisionDate: '2026-01-05' }],
      // Allocated when referred, so no worker is due.
      allocations: [{ id: 'al-1', startDate: '2025-12-18' }],
    });
    const items = dueItems(journey, Temporal.PlainDate.from('2026-01-05'));
    assert.deepEqual(
      items.map((i) => [i.rule, i.recordId, i.childId, i.dueOn.toString(), i.status]),
      [
        ['strategy-discussion', 'sd-1', 'child-1', '2026-01-06', 'due'],
        ['assessment', 'sa-1', 'child-1', '2026-02-24', 'due'],
      ],
    );
    const assessment = timescaleRules.find((r) => r.id === 'assessment');
    assert.equal(items[1]?.title, assessment?.title);
    assert.equal(items[1]?.source, assessment?.source);
  });

  test('read as of a past date, later records have not happened yet', () => {
    const journey = journeyOf('2015-01-01', {
      referrals: [{ id: 'ref-1', referralDate: '2025-12-18' }],
      assessments: [{ id: 'sa-1', referralId: 'ref-1', authorisationDate: '2026-02-20' }],
    });
    assert.deepEqual(linesFor(journey, 'assessment', '2026-02-19'), ['2026-02-24 due']);
    assert.deepEqual(linesFor(journey, 'assessment', '2026-02-20'), ['2026-02-24 met 2026-02-20']);
    assert.deepEqual(linesFor(journey, 'assessment', '2025-12-17'), []);
  });

  test('settings default to the table in reference/timescales.md', () => {
    assert.equal(defaultTimescaleSettings.startDayCountsAsDayOne, false);
    assert.equal(defaultTimescaleSettings.contactDecisionWithin, 'one-working-day');
    assert.equal(defaultTimescaleSettings.childProtectionVisitWorkingDays, 10);
    assert.equal(defaultTimescaleSettings.childInNeedVisitWorkingDays, 20);
    assert.equal(defaultTimescaleSettings.childInNeedReviewWeeks, 12);
  });
});
