import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  addWorkingDays,
  bankHolidayCorrections,
  bankHolidaysIn,
  isBankHoliday,
  isWorkingDay,
  workingDaysBetween,
} from './workingDays.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);

describe('bank holidays in England and Wales', () => {
  test('one-off proclaimed days are present', () => {
    for (const iso of ['2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08', '2020-05-08', '2012-06-05']) {
      assert.equal(isBankHoliday(d(iso)), true, iso);
    }
  });

  test('substitute days when Christmas, Boxing Day or New Year fall at a weekend', () => {
    // 2021: Christmas Saturday, Boxing Day Sunday → Mon 27 and Tue 28.
    assert.equal(isWorkingDay(d('2021-12-27')), false);
    assert.equal(isWorkingDay(d('2021-12-28')), false);
    assert.equal(isWorkingDay(d('2021-12-29')), true);
    // 2022: Christmas Sunday → Tue 27; New Year 2023 Sunday → Mon 2 Jan.
    assert.equal(isBankHoliday(d('2022-12-27')), true);
    assert.equal(isBankHoliday(d('2023-01-02')), true);
    assert.equal(isWorkingDay(d('2023-01-03')), true);
  });

  test('observances such as Mother’s Day are not bank holidays', () => {
    assert.equal(isBankHoliday(d('2026-03-15')), false);
    assert.deepEqual(
      bankHolidaysIn(2026).map((h) => h.date.toString()),
      [
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-04',
        '2026-05-25',
        '2026-08-31',
        '2026-12-25',
        '2026-12-26',
        '2026-12-28',
      ],
    );
  });

  test('each correction is applied and is needed', () => {
    for (const c of bankHolidayCorrections) {
      assert.equal(isBankHoliday(d(c.date)), c.change === 'add', c.date);
    }
    // The 2012 Diamond Jubilee moved the spring bank holiday to Mon 4 June.
    assert.deepEqual(
      bankHolidaysIn(2012)
        .filter((h) => h.date.month === 5 || h.date.month === 6)
        .map((h) => h.date.toString()),
      ['2012-05-07', '2012-06-04', '2012-06-05'],
    );
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  test('day 0 is the start date', () => {
    assert.equal(addWorkingDays(d('2026-03-28'), 0).toString(), '2026-03-28');
    assert.equal(workingDaysBetween(d('2026-03-28'), d('2026-03-28')), 0);
  });

  test('weekends are skipped', () => {
    assert.equal(addWorkingDays(d('2026-01-16'), 1).toString(), '2026-01-19'); // Fri → Mon
    assert.equal(addWorkingDays(d('2026-01-17'), 1).toString(), '2026-01-19'); // Sat → Mon
    assert.equal(workingDaysBetween(d('2026-01-16'), d('2026-01-19')), 1);
  });

  test('referral Thu 18 Dec 2025 → 45 working days is Tue 24 Feb 2026', () => {
    assert.equal(addWorkingDays(d('2025-12-18'), 45).toString(), '2026-02-24');
    assert.equal(workingDaysBetween(d('2025-12-18'), d('2026-02-24')), 45);
  });

  test('strategy discussion Thu 26 Mar 2026 → 15 working days is Mon 20 Apr 2026 (Easter skipped)', () => {
    assert.equal(addWorkingDays(d('2026-03-26'), 15).toString(), '2026-04-20');
  });

  test('Christmas 2022 with its substitute day, and the one-off days of 2022 and 2023', () => {
    assert.equal(addWorkingDays(d('2022-12-23'), 1).toString(), '2022-12-28');
    assert.equal(addWorkingDays(d('2022-09-16'), 1).toString(), '2022-09-20');
    assert.equal(addWorkingDays(d('2023-05-05'), 1).toString(), '2023-05-09');
    assert.equal(addWorkingDays(d('2022-06-01'), 1).toString(), '2022-06-06');
  });

  test('negative spans count backwards; negative n is refused', () => {
    assert.equal(workingDaysBetween(d('2026-02-24'), d('2025-12-18')), -45);
    assert.throws(() => addWorkingDays(d('2026-01-01'), -1), RangeError);
  });
});

describe('properties', () => {
  const date = fc.integer({ min: 0, max: 365 * 30 }).map((offset) => d('2010-01-01').add({ days: offset }));
  const days = fc.integer({ min: 0, max: 120 });

  test('a working-day due date never falls on a weekend or a bank holiday', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 120 }), (start, n) => {
        const due = addWorkingDays(start, n);
        return due.dayOfWeek <= 5 && !isBankHoliday(due);
      }),
    );
  });

  test('counting back from addWorkingDays gives N', () => {
    fc.assert(fc.property(date, days, (start, n) => workingDaysBetween(start, addWorkingDays(start, n)) === n));
  });

  test('workingDaysBetween is additive across any middle date', () => {
    fc.assert(
      fc.property(date, days, days, (start, a, b) => {
        const middle = start.add({ days: a });
        const end = middle.add({ days: b });
        return workingDaysBetween(start, end) === workingDaysBetween(start, middle) + workingDaysBetween(middle, end);
      }),
    );
  });
});
