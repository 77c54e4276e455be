// The performance indicator catalogue's shape: one definition per indicator, read by the
// dashboard, the indicator pages, the committee report and `harbour indicators` alike.
import type { RawBuilder } from 'kysely';

/** How a figure is expressed; it decides how the numerator and the denominator make the value. */
export type IndicatorUnit =
  /** A number of children, families, meetings… (the numerator). */
  | 'count'
  /** Numerator ÷ children aged 0–17 (ONS mid-year estimate) × 10,000, one decimal place. */
  | 'rate10k'
  /** Numerator ÷ denominator × 100, one decimal place. */
  | 'percent'
  /** The average number of days: total days ÷ the number counted. */
  | 'days'
  /** The average number of weeks: total weeks ÷ the number counted. */
  | 'weeks'
  /** Any other average (children per worker): numerator ÷ denominator. */
  | 'average';

/** Whether a rise in the figure is good news, bad news, or neither (a count of demand). */
export type Polarity = 'higher' | 'lower' | 'neutral';

export const indicatorGroups = {
  'front-door': 'Front door and early help',
  protection: 'Assessment and protection',
  court: 'Court and pre-proceedings',
  care: 'Children in care',
  permanence: 'Permanence',
  'care-leavers': 'Care leavers',
  workforce: 'Workforce',
} as const;
export type IndicatorGroup = keyof typeof indicatorGroups;

/**
 * What a figure's period means for it: `flow` counts what happened in the period (referrals made,
 * assessments authorised); `stock` counts what stood on its last day (children looked after as at).
 */
export type Measure = 'flow' | 'stock';

/**
 * What one row of an indicator's SQL stands for, and so how rows add up: `row` sums the rows'
 * numerators and denominators; `child` and `family` count the distinct children or families whose
 * rows have a numerator (or a denominator) above zero, so a child in two rows counts once.
 */
export type CountedBy = 'row' | 'child' | 'family';

/**
 * The breakdowns an indicator's rows can carry, with their titles: the child's team, their home's
 * locality (sqlParts.breakdownColumn), or a column of the indicator's own records.
 */
export const breakdownTitles = {
  team: 'Team',
  locality: 'Locality',
  'contact-source': 'Source of contact',
  'level-of-need': 'Level of need',
  category: 'Category of abuse',
} as const;
export type Breakdown = keyof typeof breakdownTitles;

export interface Indicator {
  /** Stable, kebab-case: the URL, the JSON and the benchmarks CSV use it. */
  id: string;
  title: string;
  group: IndicatorGroup;
  /** Plain English, printed beside the figure: what is counted, over what, as at when. */
  definition: string;
  /** Where the definition comes from (DfE statistical definition, council report, local standard). */
  source: string;
  unit: IndicatorUnit;
  polarity: Polarity;
  measure: Measure;
  countedBy?: CountedBy;
  breakdowns?: readonly Breakdown[];
  /**
   * The indicator's SQL: rows of `period` (the key of a row of the `periods` CTE), `child_id`
   * (the child behind the row, or null), `numerator` and `denominator` (numbers), and where
   * `countedBy` asks for it `family`; given a breakdown, a column of that name (`team`,
   * `locality`: see `breakdownColumn`), computed only when asked for. It may read the CTEs
   * `periods(key, starts, ends)` (dates; a stock is read as at `ends`) and `working_days(day, n)`
   * (every calendar day around the periods, `n` the working days up to and including it).
   */
  rows: (breakdown?: Breakdown) => RawBuilder<unknown>;
}

/** A month or a year to date: the span an indicator's figure is computed over. */
export interface Period {
  /** '2025-12' for a month; '2025-12-ytd' for the year to date ending with that month. */
  key: string;
  /** A month, a year to date, or any other run of whole months (the last 12, a quarter). */
  kind: 'month' | 'year-to-date' | 'months';
  label: string;
  /** First and last days, ISO dates. */
  starts: string;
  ends: string;
}

/** One indicator's figure for one period. */
export interface IndicatorValue {
  indicatorId: string;
  period: string;
  value: number | null;
  numerator: number;
  denominator: number;
}
