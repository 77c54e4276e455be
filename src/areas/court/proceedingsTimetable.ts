// Children Act 1989 s32(1)(a)(ii), s32(5) and s32(8): proceedings concluded within 26 weeks beginning with the day of issue, extended by up to 8 weeks at a time.
import type { Temporal } from 'temporal-polyfill';
import { sql, type RawBuilder } from 'kysely';
import { addDays } from '../../core/calendar.ts';

/** The timetable the Act sets, in weeks. */
export const proceedingsTimetableWeeks = 26;

/** Each extension of the timetable is for at most 8 weeks (s32(5)). */
export const maximumExtensionWeeks = 8;

/** An extension is a whole number of weeks, at least 1 and at most 8. */
export function isExtensionWithinLimit(weeks: number): boolean {
  return Number.isInteger(weeks) && weeks >= 1 && weeks <= maximumExtensionWeeks;
}

/** The timetable in weeks once the given extensions have been granted. */
export function timetableWeeks(extensions: readonly { weeks: number }[]): number {
  return extensions.reduce((weeks, extension) => weeks + extension.weeks, proceedingsTimetableWeeks);
}

/**
 * The last day of the timetable. The period begins with the day of issue, so that day is day 1 and
 * the 26th week ends on day 182; an extension runs on from the end of the period before it (s32(8)).
 */
export function timetableEnds(
  issued: Temporal.PlainDate,
  extensions: readonly { weeks: number }[],
): Temporal.PlainDate {
  return addDays(issued, timetableWeeks(extensions) * 7 - 1);
}

/** The week of the proceedings a day falls in: the day of issue and the six after it are week 1. */
export function proceedingsWeek(issued: Temporal.PlainDate, on: Temporal.PlainDate): number {
  return Math.floor(issued.until(on, { largestUnit: 'days' }).days / 7) + 1;
}

/** `proceedingsWeek` in SQL, for figures over every set of proceedings (dates never before the issue). */
export const proceedingsWeekSql = (issued: RawBuilder<unknown>, on: RawBuilder<unknown>) =>
  sql<number>`((${on} - ${issued}) / 7 + 1)`;

/** How the council reports the length of proceedings: within 26 weeks, 27 to 52, or 53 and over. */
export const durationBands = ['26 weeks or less', '27 to 52 weeks', '53 weeks or more'] as const;
export type DurationBand = (typeof durationBands)[number];

/** The last week of the middle band: a year. */
const yearWeeks = 52;

/** The band of a week count. Extensions move the timetable's end, not the count the band is read from. */
export function durationBand(weeks: number): DurationBand {
  return durationBands[weeks <= proceedingsTimetableWeeks ? 0 : weeks <= yearWeeks ? 1 : 2];
}

/** `durationBand` in SQL: the band's place in `durationBands` (0, 1 or 2) for a week count. */
export const durationBandSql = (weeks: RawBuilder<unknown>) =>
  sql<number>`(case when ${weeks} <= ${sql.lit(proceedingsTimetableWeeks)} then 0 when ${weeks} <= ${sql.lit(yearWeeks)} then 1 else 2 end)`;
