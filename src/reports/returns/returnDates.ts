// Dates in returns as whole day numbers (days since 1 January 1970), so a rule compares and
// subtracts integers over tens of thousands of rows without building date objects.

const msPerDay = 86_400_000;

/** The day number of a calendar date, or null when there is no such date (31/02/2025). */
export function dayFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / msPerDay;
}

const ukDate = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A 903 date (DD/MM/YYYY) as a day number; null when blank or not a real date. */
export function dayFromUkDate(text: string): number | null {
  const match = ukDate.exec(text);
  return match ? dayFromParts(Number(match[3]), Number(match[2]), Number(match[1])) : null;
}

/** A CIN census or API date (YYYY-MM-DD) as a day number; null when blank or not a real date. */
export function dayFromIsoDate(text: string): number | null {
  const match = isoDate.exec(text);
  return match ? dayFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The calendar parts of a day number. */
export function partsOfDay(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day as DD/MM/YYYY (the 903's way of writing it). */
export function ukDateOf(day: number): string {
  const parts = partsOfDay(day);
  return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${parts.year}`;
}

/** The day as YYYY-MM-DD (the CIN census's and the API's way of writing it). */
export function isoDateOf(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** Completed years of age on a day: a child born on 29 February is a year older on 1 March. */
export function ageInYears(birthDay: number, onDay: number): number {
  const born = partsOfDay(birthDay);
  const on = partsOfDay(onDay);
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

/** The day a person reaches an age (their birthday that year; 1 March for 29 February off leap years). */
export function birthdayAt(birthDay: number, years: number): number {
  const born = partsOfDay(birthDay);
  return dayFromParts(born.year + years, born.month, born.day) ?? (dayFromParts(born.year + years, 3, 1) as number);
}

/** A collection year to 31 March, named as the DfE names it (`2025-26`). */
export interface CollectionYear {
  readonly label: string;
  /** 1 April of the first year. */
  readonly start: number;
  /** 31 March of the second year. */
  readonly end: number;
  /** The first calendar year (2025 for 2025-26). */
  readonly firstYear: number;
}

/** The collection year named `2025-26` (or `2025/26`, `2025-2026`); null when it is not one. */
export function collectionYear(label: string): CollectionYear | null {
  const match = /^(\d{4})[-/](\d{2}|\d{4})$/.exec(label.trim());
  if (!match) return null;
  const [, first = '', secondText = ''] = match;
  const firstYear = Number(first);
  const second = Number(secondText);
  if ((secondText.length === 2 ? (firstYear + 1) % 100 : firstYear + 1) !== second) return null;
  return {
    label: `${firstYear}-${String((firstYear + 1) % 100).padStart(2, '0')}`,
    start: dayFromParts(firstYear, 4, 1) as number,
    end: dayFromParts(firstYear + 1, 3, 31) as number,
    firstYear,
  };
}

/** The collection year before this one. */
export const previousCollectionYear = (year: CollectionYear): CollectionYear =>
  collectionYear(`${year.firstYear - 1}-${year.firstYear}`) as CollectionYear;

/** The collection year a day falls in (1 April to 31 March). */
export function collectionYearHolding(day: number): CollectionYear {
  const { year, month } = partsOfDay(day);
  const first = month >= 4 ? year : year - 1;
  return collectionYear(`${first}-${first + 1}`) as CollectionYear;
}
