// Calendar arithmetic for statutory deadlines counted in months, weeks, days
// and years. Dates are Temporal.PlainDate: no time zones, no Date arithmetic.
import { Temporal } from 'temporal-polyfill';

/**
 * Same day of the month `months` later; when that day does not exist the
 * last day of that month (31 Aug + 6 months = 28 Feb, or 29 Feb in a leap
 * year), as decided in reference/timescales.md.
 */
export function addMonths(date: Temporal.PlainDate, months: number): Temporal.PlainDate {
  return date.add({ months }, { overflow: 'constrain' });
}

/** Weeks are 7 calendar days each. */
export function addWeeks(date: Temporal.PlainDate, weeks: number): Temporal.PlainDate {
  return date.add({ weeks });
}

export function addDays(date: Temporal.PlainDate, days: number): Temporal.PlainDate {
  return date.add({ days });
}

/**
 * The date someone born on `dateOfBirth` reaches `years` of age, with the
 * month rule's overflow (a 29 February birthday falls on 28 February in
 * other years).
 */
export function birthday(dateOfBirth: Temporal.PlainDate, years: number): Temporal.PlainDate {
  return dateOfBirth.add({ years }, { overflow: 'constrain' });
}

/** Age in completed years on `on`, consistent with `birthday`. */
export function ageOn(dateOfBirth: Temporal.PlainDate, on: Temporal.PlainDate): number {
  const years = on.year - dateOfBirth.year;
  return isAfter(birthday(dateOfBirth, years), on) ? years - 1 : years;
}

export function isBefore(a: Temporal.PlainDate, b: Temporal.PlainDate): boolean {
  return Temporal.PlainDate.compare(a, b) < 0;
}

export function isAfter(a: Temporal.PlainDate, b: Temporal.PlainDate): boolean {
  return Temporal.PlainDate.compare(a, b) > 0;
}

export function laterOf(a: Temporal.PlainDate, b: Temporal.PlainDate): Temporal.PlainDate {
  return isAfter(a, b) ? a : b;
}
