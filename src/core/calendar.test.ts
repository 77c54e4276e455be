import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import fc from 'fast-check';
import { addDays, addMonths, addWeeks, ageOn, birthday, isAfter, isBefore } from './calendar.ts';

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

describe('calendar arithmetic agrees with Temporal', () => {
  const plainDate = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
    .map((at) => Temporal.PlainDate.from(at.toISOString().slice(0, 10)));
  test('days, weeks and months (constrained to the month end) give what Temporal.PlainDate.add gives', () => {
    fc.assert(
      fc.property(
        plainDate,
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -60, max: 240 }),
        (date, days, months) => {
          assert.equal(addDays(date, days).toString(), date.add({ days }).toString());
          assert.equal(
            addWeeks(date, Math.trunc(days / 7)).toString(),
            date.add({ weeks: Math.trunc(days / 7) }).toString(),
          );
          assert.equal(addMonths(date, months).toString(), date.add({ months }, { overflow: 'constrain' }).toString());
          assert.equal(birthday(date, 18).toString(), date.add({ years: 18 }, { overflow: 'constrain' }).toString());
        },
      ),
      { numRuns: 2000 },
    );
  });
  test('before and after order dates as Temporal.PlainDate.compare does', () => {
    fc.assert(
      fc.property(plainDate, plainDate, (a, b) => {
        const order = Temporal.PlainDate.compare(a, b);
        assert.equal(isBefore(a, b), order < 0);
        assert.equal(isAfter(a, b), order > 0);
      }),
      { numRuns: 2000 },
    );
  });
});
