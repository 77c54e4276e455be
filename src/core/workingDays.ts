// Working days in England and Wales: Monday to Friday, not a bank holiday
// (Banking and Financial Dealings Act 1971, including substitute days and
// one-off proclaimed days). Holidays come from `date-holidays` (GB, ENG).
import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';

export interface BankHoliday {
  date: Temporal.PlainDate;
  name: string;
}

/**
 * Proclaimed changes `date-holidays` does not know (checked against the
 * package for 1999–2035). The 2002 and 2012 jubilees moved the spring bank
 * holiday to early June, so the package's late-May date is removed as well.
 */
export const bankHolidayCorrections: readonly {
  date: string;
  change: 'add' | 'remove';
  name: string;
}[] = [
  { date: '1999-12-31', change: 'add', name: 'Millennium Day' },
  { date: '2002-05-27', change: 'remove', name: 'Spring bank holiday (moved to 4 June)' },
  { date: '2002-06-03', change: 'add', name: 'Golden Jubilee' },
  { date: '2002-06-04', change: 'add', name: 'Spring bank holiday' },
  { date: '2011-04-29', change: 'add', name: 'Royal Wedding' },
  { date: '2012-05-28', change: 'remove', name: 'Spring bank holiday (moved to 4 June)' },
  { date: '2012-06-04', change: 'add', name: 'Spring bank holiday' },
];

const holidays = new Holidays('GB', 'ENG');
const byYear = new Map<number, ReadonlyMap<string, BankHoliday>>();

function holidaysOf(year: number): ReadonlyMap<string, BankHoliday> {
  let days = byYear.get(year);
  if (!days) {
    const map = new Map<string, BankHoliday>();
    // Only 'public' days are bank holidays; GB also lists observances such
    // as Mother's Day. `date` is the local date followed by a time.
    for (const h of holidays.getHolidays(year)) {
      if (h.type !== 'public') continue;
      const iso = h.date.slice(0, 10);
      map.set(iso, { date: Temporal.PlainDate.from(iso), name: h.name });
    }
    for (const c of bankHolidayCorrections) {
      if (!c.date.startsWith(`${year}-`)) continue;
      if (c.change === 'add') map.set(c.date, { date: Temporal.PlainDate.from(c.date), name: c.name });
      else map.delete(c.date);
    }
    days = map;
    byYear.set(year, days);
  }
  return days;
}

/** Bank holidays in England and Wales in `year`, in date order. */
export function bankHolidaysIn(year: number): BankHoliday[] {
  return [...holidaysOf(year).values()].sort((a, b) => Temporal.PlainDate.compare(a.date, b.date));
}

export function isBankHoliday(date: Temporal.PlainDate): boolean {
  return holidaysOf(date.year).has(date.toString());
}

export function isWorkingDay(date: Temporal.PlainDate): boolean {
  return isWorkingEpochDay(epochDayOf(date));
}

// Counting runs over whole numbers of days since 1970-01-01: a manager's list counts working
// days for hundreds of children, and a Temporal date per day counted is far slower.
const millisecondsPerDay = 86_400_000;
const epochDayOf = (date: Temporal.PlainDate) => Date.UTC(date.year, date.month - 1, date.day) / millisecondsPerDay;
function dateOfEpochDay(epochDay: number): Temporal.PlainDate {
  const date = new Date(epochDay * millisecondsPerDay);
  return new Temporal.PlainDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Bank holidays as day numbers, for every year from the first to the last asked about. */
const bankHolidayEpochDays = new Set<number>();
let yearsKnown: { first: number; last: number; from: number; to: number } | undefined;

function knowBankHolidaysAround(epochDay: number): void {
  const year = new Date(epochDay * millisecondsPerDay).getUTCFullYear();
  const first = Math.min(year, yearsKnown?.first ?? year);
  const last = Math.max(year, yearsKnown?.last ?? year);
  for (let each = first; each <= last; each++) {
    if (yearsKnown && each >= yearsKnown.first && each <= yearsKnown.last) continue;
    for (const holiday of holidaysOf(each).values()) bankHolidayEpochDays.add(epochDayOf(holiday.date));
  }
  yearsKnown = {
    first,
    last,
    from: Date.UTC(first, 0, 1) / millisecondsPerDay,
    to: Date.UTC(last, 11, 31) / millisecondsPerDay,
  };
}

function isWorkingEpochDay(epochDay: number): boolean {
  // 1970-01-01 was a Thursday: ISO day of week 4.
  const dayOfWeek = ((((epochDay + 3) % 7) + 7) % 7) + 1;
  if (dayOfWeek > 5) return false;
  if (!yearsKnown || epochDay < yearsKnown.from || epochDay > yearsKnown.to) knowBankHolidaysAround(epochDay);
  return !bankHolidayEpochDays.has(epochDay);
}

/**
 * The date `n` working days after `start`. The start date is day 0, so
 * `addWorkingDays(start, 0)` is `start` itself (whatever day it is) and for
 * n ≥ 1 the result is always a working day.
 */
export function addWorkingDays(start: Temporal.PlainDate, n: number): Temporal.PlainDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  if (n === 0) return start;
  let day = epochDayOf(start);
  for (let counted = 0; counted < n;) {
    day += 1;
    if (isWorkingEpochDay(day)) counted++;
  }
  return dateOfEpochDay(day);
}

/**
 * Working days after `start` up to and including `end`: the inverse of
 * addWorkingDays, so workingDaysBetween(s, addWorkingDays(s, n)) === n.
 * Negative when `end` is before `start`.
 */
export function workingDaysBetween(start: Temporal.PlainDate, end: Temporal.PlainDate): number {
  const from = epochDayOf(start);
  const to = epochDayOf(end);
  if (from > to) return -workingDaysBetween(end, start);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingEpochDay(day)) count++;
  return count;
}
