// The periods indicators are computed over: calendar months, and the year to date of each month
// (the council's and the DfE's reporting year begins on 1 April).
import { Temporal } from 'temporal-polyfill';
import type { Period } from './model.ts';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 'YYYY-MM' for a month that exists; undefined otherwise. */
export function parseMonth(text: string): Temporal.PlainYearMonth | undefined {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return undefined;
  return Temporal.PlainYearMonth.from(text);
}

export function monthPeriod(month: Temporal.PlainYearMonth): Period {
  return {
    key: month.toString(),
    kind: 'month',
    label: `${monthNames[month.month - 1]} ${month.year}`,
    starts: month.toPlainDate({ day: 1 }).toString(),
    ends: month.toPlainDate({ day: month.daysInMonth }).toString(),
  };
}

/** The reporting year's first month: April of the year the month falls in (or of the year before). */
export function reportingYearOf(month: Temporal.PlainYearMonth): Temporal.PlainYearMonth {
  return Temporal.PlainYearMonth.from({ year: month.month >= 4 ? month.year : month.year - 1, month: 4 });
}

export function yearToDatePeriod(month: Temporal.PlainYearMonth): Period {
  const first = reportingYearOf(month);
  return {
    key: `${month.toString()}-ytd`,
    kind: 'year-to-date',
    label: `April ${first.year} to ${monthNames[month.month - 1]} ${month.year}`,
    starts: first.toPlainDate({ day: 1 }).toString(),
    ends: monthPeriod(month).ends,
  };
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: Temporal.PlainYearMonth, count: number): Temporal.PlainYearMonth[] {
  return Array.from({ length: count }, (_, i) => last.subtract({ months: count - 1 - i }));
}

/** Each month and its year to date, oldest first: the periods a series is computed over. */
export const seriesPeriods = (months: readonly Temporal.PlainYearMonth[]): Period[] =>
  months.flatMap((month) => [monthPeriod(month), yearToDatePeriod(month)]);
