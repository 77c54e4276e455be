// Reporting quarters of the council's year (1 April to 31 March), as its committee reports name
// them: 2025-26 Q3 is October to December 2025.
import { Temporal } from 'temporal-polyfill';
import type { Period } from './model.ts';
import { monthPeriod, yearToDatePeriod } from './periods.ts';

export interface Quarter {
  /** '2025-26-Q3': the reporting year and the quarter, as URLs carry it. */
  key: string;
  /** '2025-26 Q3 (October to December 2025)'. */
  label: string;
  months: Temporal.PlainYearMonth[];
  /** Each month of the quarter, then the year to date at its end. */
  periods: Period[];
}

const yearLabel = (first: number) => `${first}-${String((first + 1) % 100).padStart(2, '0')}`;

/** The quarter of a reporting year that begins in April of `firstYear` (1 to 4). */
export function quarterOf(firstYear: number, number: 1 | 2 | 3 | 4): Quarter {
  const start = Temporal.PlainYearMonth.from({ year: firstYear, month: 4 }).add({ months: (number - 1) * 3 });
  const months = [0, 1, 2].map((i) => start.add({ months: i }));
  const [first, , last] = months.map(monthPeriod);
  const key = `${yearLabel(firstYear)}-Q${number}`;
  return {
    key,
    label: `${yearLabel(firstYear)} Q${number} (${first!.label.split(' ')[0]} to ${last!.label})`,
    months,
    periods: [...months.map(monthPeriod), yearToDatePeriod(months[2]!)],
  };
}

/** '2025-26-Q3' (or with a space, '2025-26 Q3') when it names a real quarter; undefined otherwise. */
export function parseQuarter(text: string): Quarter | undefined {
  const match = /^(\d{4})-(\d{2})[- ]Q([1-4])$/i.exec(text.trim());
  if (!match) return undefined;
  const firstYear = Number(match[1]);
  if (firstYear < 2000 || firstYear > 2100 || (firstYear + 1) % 100 !== Number(match[2])) return undefined;
  return quarterOf(firstYear, Number(match[3]) as 1 | 2 | 3 | 4);
}

/** The last quarter that ended on or before `today`, then the `count - 1` before it, newest first. */
export function recentQuarters(today: Temporal.PlainDate, count: number): Quarter[] {
  // The month before today's quarter began: the last month of the latest finished quarter.
  const month = today.toPlainYearMonth();
  const monthsIntoYear = (month.month + 12 - 4) % 12;
  const lastEnded = month.subtract({ months: (monthsIntoYear % 3) + 1 });
  return Array.from({ length: count }, (_, i) => {
    const end = lastEnded.subtract({ months: i * 3 });
    const firstYear = end.month >= 4 ? end.year : end.year - 1;
    const number = (Math.floor(((end.month + 12 - 4) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
    return quarterOf(firstYear, number);
  });
}
