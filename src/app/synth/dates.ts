// Calendar arithmetic on whole days for the generator. The simulation handles hundreds of
// thousands of dates, so it counts days as integers (days since 1970-01-01) and takes working
// days from the same source as the timescale engine (src/core/workingDays.ts), once per day.
import { bankHolidaysIn } from '../../core/workingDays.ts';

export type Day = number;

export const msPerDay = 86_400_000;

export function dayOf(iso: string): Day {
  return Math.round(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / msPerDay,
  );
}

/** The calendar date of a day number (Howard Hinnant's civil_from_days: arithmetic, no Date objects). */
export function civil(day: Day): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: d };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isoCache = new Map<Day, string>();

export function iso(day: Day): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    const { year, month, day: d } = civil(day);
    text = `${year}-${pad(month)}-${pad(d)}`;
    isoCache.set(day, text);
  }
  return text;
}

export const dayOfWeek = (day: Day): number => ((((day + 3) % 7) + 7) % 7) + 1; // 1 Monday … 7 Sunday

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Same day of the month n months on, or the last day of a shorter month (as src/core/calendar.ts). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: d } = civil(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return Math.round(Date.UTC(y, m - 1, Math.min(d, daysInMonth(y, m))) / msPerDay);
}

export const addYears = (day: Day, years: number): Day => addMonths(day, years * 12);

/** Completed years of age on a day. */
export function ageOn(dateOfBirth: Day, day: Day): number {
  const born = civil(dateOfBirth);
  const on = civil(day);
  let years = on.year - born.year;
  if (addYears(dateOfBirth, years) > day) years--;
  return years;
}

/** Working days in England and Wales over a range, as a table: adding and counting are lookups. */
export class WorkingDays {
  private readonly first: Day;
  /** For each day from `first`: working days after `first` up to and including it. */
  private readonly counted: Int32Array;
  private readonly days: Day[] = [];

  constructor(from: Day, to: Day) {
    this.first = from;
    this.counted = new Int32Array(to - from + 1);
    const holidays = new Set<string>();
    for (let year = civil(from).year; year <= civil(to).year; year++)
      for (const holiday of bankHolidaysIn(year)) holidays.add(holiday.date.toString());
    let count = 0;
    for (let day = from; day <= to; day++) {
      if (day > from && dayOfWeek(day) <= 5 && !holidays.has(iso(day))) {
        count++;
        this.days.push(day);
      }
      this.counted[day - from] = count;
    }
  }

  private index(day: Day): number {
    const i = day - this.first;
    if (i < 0 || i >= this.counted.length) throw new RangeError(`${iso(day)} is outside the generator's calendar`);
    return i;
  }

  isWorkingDay(day: Day): boolean {
    const i = this.index(day);
    return i > 0 && this.counted[i]! > this.counted[i - 1]!;
  }

  /** The day n working days after `day` (day 0 is `day` itself), as src/core/workingDays.ts addWorkingDays. */
  add(day: Day, n: number): Day {
    if (n <= 0) return day;
    const result = this.days[this.counted[this.index(day)]! + n - 1];
    if (result === undefined)
      throw new RangeError(`${n} working days after ${iso(day)} is outside the generator's calendar`);
    return result;
  }

  /** Working days after `from` up to and including `to`. */
  between(from: Day, to: Day): number {
    return this.counted[this.index(to)]! - this.counted[this.index(from)]!;
  }

  /** The working day n working days before `day` (a working day), so add(subtract(day, n), n) is day. */
  subtract(day: Day, n: number): Day {
    if (n <= 0) return day;
    const working = this.isWorkingDay(day) ? 1 : 0;
    const result = this.days[this.counted[this.index(day)]! - working - n];
    if (result === undefined)
      throw new RangeError(`${n} working days before ${iso(day)} is outside the generator's calendar`);
    return result;
  }

  /** The day itself if a working day, else the next one. */
  onOrAfter(day: Day): Day {
    return this.isWorkingDay(day) ? day : this.add(day, 1);
  }
}

/** Europe/London's offset on a day at midday: British Summer Time from the last Sunday of March to the last Sunday of October. */
function londonOffsetHours(day: Day): number {
  const { year } = civil(day);
  const lastSunday = (month: number) => {
    const last = dayOf(`${year}-${pad(month)}-${pad(daysInMonth(year, month))}`);
    return last - (dayOfWeek(last) % 7);
  };
  return day > lastSunday(3) && day < lastSunday(10) ? 1 : day === lastSunday(3) ? 1 : 0;
}

/** An instant as an ISO string with London's offset: a day plus minutes after midnight, local time. */
export function londonInstant(day: Day, minutes: number): string {
  const extra = Math.floor(minutes / 1440);
  const at = day + extra;
  const m = minutes - extra * 1440;
  const offset = londonOffsetHours(at);
  return `${iso(at)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00+0${offset}:00`;
}

/** The fixed instant the generator stamps on a record's created_at / updated_at: midday on its date. */
const stamps = new Map<Day, string>();
export const stamp = (day: Day): string => {
  let text = stamps.get(day);
  if (text === undefined) stamps.set(day, (text = `${iso(day)}T12:00:00Z`));
  return text;
};
