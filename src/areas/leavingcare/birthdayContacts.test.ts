import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { birthdayContactsDue, type YoungPersonContacts } from './birthdayContacts.ts';

const month = (iso: string) => Temporal.PlainYearMonth.from(iso);
const leaver = (
  childId: number,
  dateOfBirth: string,
  more: Partial<YoungPersonContacts> = {},
): YoungPersonContacts => ({
  childId,
  dateOfBirth,
  leftCare: '2024-01-01',
  contacts: [],
  ...more,
});

describe('birthday contacts due in a month', () => {
  test('a young person turning 19 on Tuesday 1 December 2026 is due in December, in touch from 1 September', () => {
    const inTouch = leaver(1, '2007-12-01', { contacts: [{ date: '2026-09-01', inTouch: 'YES' }] });
    const missed = leaver(2, '2007-12-01', { contacts: [{ date: '2026-08-31', inTouch: 'YES' }] });
    assert.deepEqual(birthdayContactsDue([inTouch, missed], month('2026-12'), 25), [
      {
        childId: 1,
        birthday: '2026-12-01',
        age: 19,
        kind: 'oc3',
        windowOpens: '2026-09-01',
        windowCloses: '2027-01-01',
        inTouch: 'YES',
      },
      {
        childId: 2,
        birthday: '2026-12-01',
        age: 19,
        kind: 'oc3',
        windowOpens: '2026-09-01',
        windowCloses: '2027-01-01',
      },
    ]);
    assert.deepEqual(birthdayContactsDue([inTouch], month('2026-11'), 25), []);
  });

  test('a 29 February birthday is due on 28 February in a year that is not a leap year', () => {
    const leapling = leaver(3, '2008-02-29');
    assert.deepEqual(
      birthdayContactsDue([leapling], month('2026-02'), 25).map((due) => [due.birthday, due.age, due.windowOpens]),
      [['2026-02-28', 18, '2025-11-28']],
    );
    assert.deepEqual(birthdayContactsDue([leapling], month('2026-03'), 25), []);
    // In a leap year the birthday is the 29th.
    assert.equal(birthdayContactsDue([leapling], month('2028-02'), 25)[0]?.birthday, '2028-02-29');
  });

  test('the latest contact in the window is shown when none was in touch', () => {
    const refused = leaver(4, '2006-06-15', {
      contacts: [
        { date: '2026-04-01', inTouch: 'NO' },
        { date: '2026-06-20', inTouch: 'REFU' },
        { date: '2026-07-16', inTouch: 'YES' }, // the day after the window closed
      ],
    });
    assert.equal(birthdayContactsDue([refused], month('2026-06'), 25)[0]?.inTouch, 'REFU');
  });

  test('after 21 only those whose service has closed are offered contact each year, up to the council’s age', () => {
    const closed = leaver(5, '2003-12-10', { serviceEndDate: '2025-01-31' });
    const open = leaver(6, '2003-12-12');
    assert.deepEqual(
      birthdayContactsDue([closed, open], month('2026-12'), 25).map((due) => [due.childId, due.age, due.kind]),
      [[5, 23, 'annual-offer']],
    );
    assert.deepEqual(birthdayContactsDue([closed], month('2026-12'), 22), []);
    assert.deepEqual(
      birthdayContactsDue([leaver(7, '2000-12-10', { serviceEndDate: '2022-01-01' })], month('2026-12'), 25),
      [],
    );
  });

  test('no birthday contact while still looked after or before leaving care', () => {
    assert.deepEqual(birthdayContactsDue([leaver(8, '2009-12-03', { leftCare: undefined })], month('2026-12'), 25), []);
    assert.deepEqual(
      birthdayContactsDue([leaver(9, '2009-12-03', { leftCare: '2026-12-04' })], month('2026-12'), 25),
      [],
    );
  });
});
