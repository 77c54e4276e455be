import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import {
  durationBand,
  isExtensionWithinLimit,
  proceedingsWeek,
  timetableEnds,
  timetableWeeks,
} from './proceedingsTimetable.ts';

const day = (iso: string) => Temporal.PlainDate.from(iso);

describe('the 26 weeks of care proceedings', () => {
  test('issued Monday 12 January 2026, the 26 weeks end Sunday 12 July 2026 (the day of issue is day 1)', () => {
    assert.equal(timetableEnds(day('2026-01-12'), []).toString(), '2026-07-12');
  });

  test('an 8-week extension runs from the end of the 26 weeks: Sunday 6 September 2026', () => {
    assert.equal(timetableEnds(day('2026-01-12'), [{ weeks: 8 }]).toString(), '2026-09-06');
  });

  test('a timetable across 29 February: issued Friday 1 September 2023, the 26 weeks end Thursday 29 February 2024', () => {
    assert.equal(timetableEnds(day('2023-09-01'), []).toString(), '2024-02-29');
  });

  test('calendar weeks, not working days: issued Tuesday 30 June 2026, the 26 weeks end on the Boxing Day bank holiday, Monday 28 December 2026', () => {
    assert.equal(timetableEnds(day('2026-06-30'), []).toString(), '2026-12-28');
  });

  test('the day of issue and the six after it are week 1; the last day of the 26 weeks is in week 26', () => {
    assert.equal(proceedingsWeek(day('2026-01-12'), day('2026-01-12')), 1);
    assert.equal(proceedingsWeek(day('2026-01-12'), day('2026-01-18')), 1);
    assert.equal(proceedingsWeek(day('2026-01-12'), day('2026-01-19')), 2);
    assert.equal(proceedingsWeek(day('2026-01-12'), day('2026-07-12')), 26);
    assert.equal(proceedingsWeek(day('2026-01-12'), day('2026-07-13')), 27);
  });

  test('bands: 26 weeks or less, 27 to 52, 53 or more', () => {
    assert.equal(durationBand(proceedingsWeek(day('2026-01-12'), day('2026-07-12'))), '26 weeks or less');
    assert.equal(durationBand(proceedingsWeek(day('2026-01-12'), day('2026-07-13'))), '27 to 52 weeks');
    assert.equal(durationBand(52), '27 to 52 weeks');
    assert.equal(durationBand(53), '53 weeks or more');
  });

  test('an extension moves the end, not the band: in week 30 with 8 weeks granted is still 27 to 52', () => {
    const issued = day('2026-01-12');
    const on = day('2026-08-05');
    assert.equal(proceedingsWeek(issued, on), 30);
    assert.ok(Temporal.PlainDate.compare(on, timetableEnds(issued, [{ weeks: 8 }])) < 0);
    assert.equal(durationBand(proceedingsWeek(issued, on)), '27 to 52 weeks');
  });

  test('an extension is a whole number of weeks from 1 to 8 (s32(5)); the timetable is 26 weeks plus each', () => {
    assert.equal(isExtensionWithinLimit(8), true);
    assert.equal(isExtensionWithinLimit(1), true);
    assert.equal(isExtensionWithinLimit(9), false);
    assert.equal(isExtensionWithinLimit(0), false);
    assert.equal(isExtensionWithinLimit(2.5), false);
    assert.equal(timetableWeeks([]), 26);
    assert.equal(timetableWeeks([{ weeks: 8 }, { weeks: 4 }]), 38);
  });
});
