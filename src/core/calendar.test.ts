import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { addMonths, addWeeks, ageOn, birthday } from './calendar.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);

describe('calendar arithmetic', () => {
  test('months keep the day of the month, else the last day of the month', () => {
    assert.equal(addMonths(d('2025-08-31'), 6).toString(), '2026-02-28');
    assert.equal(addMonths(d('2023-08-31'), 6).toString(), '2024-02-29');
    assert.equal(addMonths(d('2026-01-15'), 3).toString(), '2026-04-15');
    assert.equal(addMonths(d('2026-03-31'), 3).toString(), '2026-06-30');
  });

  test('weeks are 7 calendar days', () => {
    assert.equal(addWeeks(d('2026-02-26'), 26).toString(), '2026-08-27');
  });

  test('a 29 February birthday falls on 28 February in other years', () => {
    assert.equal(birthday(d('2008-02-29'), 17).toString(), '2025-02-28');
    assert.equal(birthday(d('2008-02-29'), 16).toString(), '2024-02-29');
    assert.equal(ageOn(d('2008-02-29'), d('2025-02-27')), 16);
    assert.equal(ageOn(d('2008-02-29'), d('2025-02-28')), 17);
  });
});
