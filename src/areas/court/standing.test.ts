import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { childrenAndFamilies, nextHearing, proceedingsStanding, weeksSince } from './standing.ts';

describe("where a family's proceedings stand", () => {
  const issued = { issue_date: '2026-01-12', conclusion_date: null, extensions: [] };

  test('on Sunday 12 July 2026 proceedings issued Monday 12 January are in week 26, within the timetable', () => {
    assert.deepEqual(proceedingsStanding(issued, '2026-07-12'), {
      week: 26,
      band: '26 weeks or less',
      timetableEnds: '2026-07-12',
    });
  });

  test('the next day they are in week 27; an extension granted moves the end, not the band', () => {
    const extended = { ...issued, extensions: [{ weeks: 8, granted_date: '2026-07-01' }] };
    assert.deepEqual(proceedingsStanding(extended, '2026-07-13'), {
      week: 27,
      band: '27 to 52 weeks',
      timetableEnds: '2026-09-06',
    });
    assert.equal(proceedingsStanding(extended, '2026-06-30').timetableEnds, '2026-07-12', 'not yet granted');
  });

  test('concluded proceedings are counted to the day they concluded', () => {
    const concluded = { ...issued, conclusion_date: '2027-01-15' };
    assert.deepEqual(proceedingsStanding(concluded, '2027-06-01'), {
      week: 53,
      band: '53 weeks or more',
      timetableEnds: '2026-07-12',
    });
  });

  test('the next hearing is the earliest listed on or after the day', () => {
    const hearings = [
      { hearing_date: '2026-01-30', next_hearing_date: '2026-03-10' },
      { hearing_date: '2026-03-10', next_hearing_date: '2026-05-20' },
    ];
    assert.equal(nextHearing(hearings, '2026-03-10'), '2026-03-10');
    assert.equal(nextHearing(hearings, '2026-03-11'), '2026-05-20');
    assert.equal(nextHearing(hearings, '2026-05-21'), null);
  });

  test('weeks since the letter before proceedings: whole weeks', () => {
    assert.equal(weeksSince('2026-01-08', '2026-01-14'), 0);
    assert.equal(weeksSince('2026-01-08', '2026-01-15'), 1);
    assert.equal(weeksSince('2024-02-01', '2024-03-01'), 4, 'across 29 February');
  });

  test('children and families: each child once, a record without a family group a family of its own', () => {
    assert.deepEqual(
      childrenAndFamilies([
        { id: 1, family_id: 7, children: [{ id: 10 }, { id: 11 }] },
        { id: 2, family_id: 7, children: [{ id: 12 }] },
        { id: 3, family_id: null, children: [{ id: 13 }] },
      ]),
      { children: 4, families: 2 },
    );
  });
});
