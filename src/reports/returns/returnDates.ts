// Dates in returns as whole day numbers (days since 1 January 1970), so a rule compares and
// subtracts integers over tens of thousands of rows without building date objects.

const msPerDay = 86_400_000;

/** Days in a month of a year (Gregorian leap years). */
const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

// Days from and to the civil calendar by arithmetic (H. Hinnant's days_from_civil / civil_from_days):
// a rule reads hundreds of thousands of dates, and a Date object for each is most of the time.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
/** Days before each month (index 1–12) in a common year and in a leap year. */
const daysBeforeMonth = [
  [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334],
  [0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335],
] as const;
/** The day number of 1 January of each year 1000–9999: a date is then two lookups and a sum. */
const firstOfYear = Int32Array.from({ length: 9000 }, (_, index) => daysFromCivil(1000 + index, 1, 1));

/** The day number of a calendar date, or null when there is no such date (31/02/2025). */
export function dayFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return (firstOfYear[year - 1000] as number) + (daysBeforeMonth[isLeap(year) ? 1 : 0][month] as number) + day - 1;
}

/** The digit at a place in a text, or -1 when it is not 0–9. */
const digitAt = (text: string, index: number): number => {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
};

/** Four digits from a place as a number, or -1 when any is not a digit. */
const fourDigitsAt = (text: string, index: number): number => {
  const a = digitAt(text, index);
  const b = digitAt(text, index + 1);
  const c = digitAt(text, index + 2);
  const d = digitAt(text, index + 3);
  return a < 0 || b < 0 || c < 0 || d < 0 ? -1 : a * 1000 + b * 100 + c * 10 + d;
};

/** Two digits from a place as a number, or -1 when either is not a digit. */
const twoDigitsAt = (text: string, index: number): number => {
  const a = digitAt(text, index);
  const b = digitAt(text, index + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};

const slash = 47;
const hyphen = 45;

/** A 903 date (DD/MM/YYYY) as a day number; null when blank or not a real date. */
export function dayFromUkDate(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(2) !== slash || text.charCodeAt(5) !== slash) return null;
  return dayFromParts(fourDigitsAt(text, 6), twoDigitsAt(text, 3), twoDigitsAt(text, 0));
}

/** A CIN census or API date (YYYY-MM-DD) as a day number; null when blank or not a real date. */
export function dayFromIsoDate(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== hyphen || text.charCodeAt(7) !== hyphen) return null;
  return dayFromParts(fourDigitsAt(text, 0), twoDigitsAt(text, 5), twoDigitsAt(text, 8));
}

/** The calendar parts of a day number. */
export function partsOfDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1,
  };
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
