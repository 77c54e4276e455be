// Calendar arithmetic for statutory deadlines counted in months, weeks, days
// and years. Dates are Temporal.PlainDate: no time zones.
//
// The arithmetic works on the ISO year, month and day rather than through the Temporal
// polyfill's add(), which is several times slower: a manager's list computes tens of thousands
// of due dates. The property tests hold it to Temporal's own answers.
import { Temporal } from 'temporal-polyfill';

/** The day `days` after (or before) `date`, counted on UTC calendar days, which have no clock changes. */
export function addDays(date: Temporal.PlainDate, days: number): Temporal.PlainDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return new Temporal.PlainDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/**
 * Same day of the month `months` later; when that day does not exist the
 * last day of that month (31 Aug + 6 months = 28 Feb, or 29 Feb in a leap
 * year), as decided in reference/timescales.md.
 */
export function addMonths(date: Temporal.PlainDate, months: number): Temporal.PlainDate {
  const monthIndex = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return new Temporal.PlainDate(year, month, Math.min(date.day, daysInMonth));
}

/** Weeks are 7 calendar days each. */
export function addWeeks(date: Temporal.PlainDate, weeks: number): Temporal.PlainDate {
  return addDays(date, weeks * 7);
}

/**
 * The date someone born on `dateOfBirth` reaches `years` of age, with the
 * month rule's overflow (a 29 February birthday falls on 28 February in
 * other years).
 */
export function birthday(dateOfBirth: Temporal.PlainDate, years: number): Temporal.PlainDate {
  return addMonths(dateOfBirth, years * 12);
}

/** Age in completed years on `on`, consistent with `birthday`. */
export function ageOn(dateOfBirth: Temporal.PlainDate, on: Temporal.PlainDate): number {
  const years = on.year - dateOfBirth.year;
  return isAfter(birthday(dateOfBirth, years), on) ? years - 1 : years;
}

/** Negative, zero or positive as `a` is before, on or after `b` (Temporal.PlainDate.compare, faster). */
export const compareDates = (a: Temporal.PlainDate, b: Temporal.PlainDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

export function isBefore(a: Temporal.PlainDate, b: Temporal.PlainDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: Temporal.PlainDate, b: Temporal.PlainDate): boolean {
  return compareDates(a, b) > 0;
}

export function laterOf(a: Temporal.PlainDate, b: Temporal.PlainDate): Temporal.PlainDate {
  return isAfter(a, b) ? a : b;
}
