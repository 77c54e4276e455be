// Computes indicators over periods in SQL: each indicator's rows are summed per period in the
// database, so a year of figures for the whole county is one query per indicator, never the
// county's children loaded into Node.
import { withoutJit } from '../../platform/db/withoutJit.ts';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { isWorkingDay } from '../../core/workingDays.ts';
import { monthPeriod } from './periods.ts';
import type { Breakdown, Indicator, IndicatorUnit, IndicatorValue, Period } from './model.ts';

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The figure from its parts, by the indicator's unit; null where the denominator is nothing. */
export function valueOf(
  unit: IndicatorUnit,
  numerator: number,
  denominator: number,
  population: number,
): number | null {
  switch (unit) {
    case 'count':
      return numerator;
    case 'rate10k':
      return population > 0 ? round1((numerator / population) * 10_000) : null;
    case 'percent':
      return denominator > 0 ? round1((numerator / denominator) * 100) : null;
    case 'days':
    case 'weeks':
    case 'average':
      return denominator > 0 ? round1(numerator / denominator) : null;
  }
}

/** How many years either side of the periods working days are numbered: a referral made up to
 * three years before its assessment is authorised still counts its 45 working days. */
const workingDayYearsBefore = 3;

/**
 * `working_days(day, n)`: every calendar day around the periods with `n`, the working days from the
 * first of them up to and including that day, so the working days after `a` up to and including
 * `b` are `n(b) − n(a)` (as `workingDaysBetween` counts them) by two equality joins.
 */
function workingDayNumbers(periods: readonly Period[]): RawBuilder<unknown> {
  const first = Temporal.PlainDate.from(periods.map((p) => p.starts).sort()[0]!).subtract({
    years: workingDayYearsBefore,
  });
  const last = Temporal.PlainDate.from(
    periods
      .map((p) => p.ends)
      .sort()
      .at(-1)!,
  ).add({ years: 1 });
  const days: string[] = [];
  const numbers: number[] = [];
  let n = 0;
  for (let day = first; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
    if (isWorkingDay(day)) n++;
    days.push(day.toString());
    numbers.push(n);
  }
  return sql`select day::date as day, n::int as n from unnest(${days}::date[], ${numbers}::int[]) as c(day, n)`;
}

const periodValues = (periods: readonly Period[]) =>
  sql`select * from (values ${sql.join(
    periods.map((p) => sql`(${p.key}, ${p.starts}::date, ${p.ends}::date)`),
  )}) as periods(key, starts, ends)`;

/** The CTEs every indicator's rows may read, and the rows themselves as `r`. */
const withRows = (indicator: Indicator, periods: readonly Period[], breakdown?: Breakdown) =>
  sql`with periods as (${periodValues(periods)}), working_days as materialized (${workingDayNumbers(periods)})
    select * from (${indicator.rows(breakdown)}) as r`;

function aggregate(indicator: Indicator): RawBuilder<unknown> {
  const counted = indicator.countedBy ?? 'row';
  if (counted === 'row')
    return sql`coalesce(sum(r.numerator), 0)::float8 as numerator, coalesce(sum(r.denominator), 0)::float8 as denominator`;
  const key = counted === 'child' ? sql.ref('r.child_id') : sql.ref('r.family');
  return sql`count(distinct ${key}) filter (where r.numerator > 0)::float8 as numerator,
    count(distinct ${key}) filter (where r.denominator > 0)::float8 as denominator`;
}

/** Children aged 0–17 by year (ONS-style mid-year estimates): the denominator of every rate. */
export async function populationByYear(db: Kysely<Database>): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('population_estimates')
    .select(['year', (eb) => eb.fn.sum<string>('count').as('children')])
    .groupBy('year')
    .execute();
  return new Map(rows.map((row) => [row.year, Number(row.children)]));
}

/** The estimate for the year a period ends in, else the latest before it, else the earliest. */
export function populationFor(period: Period, byYear: ReadonlyMap<number, number>): number {
  const year = Number(period.ends.slice(0, 4));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const chosen = years.filter((y) => y <= year).at(-1) ?? years[0];
  return chosen === undefined ? 0 : byYear.get(chosen)!;
}

type Sums = { numerator: number; denominator: number };

/** The months a month-aligned period spans, as periods of their own. */
function monthsOf(period: Period): Period[] {
  const aligned = monthPeriod(Temporal.PlainYearMonth.from(period.ends.slice(0, 7))).ends === period.ends;
  if (!period.starts.endsWith('-01') || !aligned) throw new RangeError(`${period.key} is not whole months`);
  const first = Temporal.PlainYearMonth.from(period.starts.slice(0, 7));
  const last = Temporal.PlainYearMonth.from(period.ends.slice(0, 7));
  const months: Period[] = [];
  for (let month = first; Temporal.PlainYearMonth.compare(month, last) <= 0; month = month.add({ months: 1 }))
    months.push(monthPeriod(month));
  return months;
}

/**
 * Whether a longer period's figure follows from its months' figures: a stock's is its last
 * month's (as at the same day); a flow counted by row is the sum of its months'. A flow counting
 * distinct children or families is not (a child in two months counts once in the year).
 */
const followsFromMonths = (indicator: Indicator) =>
  indicator.measure === 'stock' || (indicator.countedBy ?? 'row') === 'row';

async function sumsByPeriod(db: Kysely<Database>, indicator: Indicator, periods: readonly Period[]) {
  const rows = await withoutJit(
    db,
    sql<{ period: string; numerator: number; denominator: number }>`
      select r.period, ${aggregate(indicator)} from (${withRows(indicator, periods)}) as r group by r.period`,
  );
  return new Map<string, Sums>(
    rows.map((row) => [row.period, { numerator: Number(row.numerator), denominator: Number(row.denominator) }]),
  );
}

/** One indicator's figure for each period, oldest first, as the periods were given. */
export async function computeIndicator(
  db: Kysely<Database>,
  indicator: Indicator,
  periods: readonly Period[],
  population: ReadonlyMap<number, number>,
): Promise<IndicatorValue[]> {
  const fromMonths = followsFromMonths(indicator);
  // Years to date come from their months where they can: each record is then read once, not
  // once for every year to date it falls in.
  const queried = fromMonths
    ? [...new Map(periods.flatMap(monthsOf).map((month) => [month.key, month])).values()]
    : periods;
  const sums = await sumsByPeriod(db, indicator, queried);
  const none: Sums = { numerator: 0, denominator: 0 };
  const sumsFor = (period: Period): Sums => {
    if (!fromMonths || period.kind === 'month') return sums.get(period.key) ?? none;
    const months = monthsOf(period);
    if (indicator.measure === 'stock') return sums.get(months.at(-1)!.key) ?? none;
    return months.reduce((total, month) => {
      const part = sums.get(month.key) ?? none;
      return { numerator: total.numerator + part.numerator, denominator: total.denominator + part.denominator };
    }, none);
  };
  return periods.map((period) => {
    const { numerator, denominator } = sumsFor(period);
    return {
      indicatorId: indicator.id,
      period: period.key,
      numerator,
      denominator,
      value: valueOf(indicator.unit, numerator, denominator, populationFor(period, population)),
    };
  });
}

/** Every indicator over the periods. Indicators run side by side on a server's pool of connections. */
export async function computeIndicators(
  db: Kysely<Database>,
  indicators: readonly Indicator[],
  periods: readonly Period[],
): Promise<IndicatorValue[]> {
  const population = await populationByYear(db);
  const results = await Promise.all(
    indicators.map((indicator) => computeIndicator(db, indicator, periods, population)),
  );
  return results.flat();
}

/** A row behind a figure: the child, and whether they count in its numerator, its denominator or both. */
export interface ChildBehind {
  childId: number;
  inNumerator: boolean;
  inDenominator: boolean;
}

/** The children behind an indicator's figure for one period (each child once). */
export async function childrenBehind(
  db: Kysely<Database>,
  indicator: Indicator,
  period: Period,
): Promise<ChildBehind[]> {
  const rows = await withoutJit(
    db,
    sql<{ child_id: number; in_numerator: boolean; in_denominator: boolean }>`
    select r.child_id, bool_or(r.numerator > 0) as in_numerator, bool_or(r.denominator > 0) as in_denominator
    from (${withRows(indicator, [period])}) as r
    where r.child_id is not null and r.period = ${period.key}
    group by r.child_id order by r.child_id`,
  );
  return rows.map((row) => ({
    childId: row.child_id,
    inNumerator: row.in_numerator,
    inDenominator: row.in_denominator,
  }));
}

/** An indicator's figure for one period broken down by team or locality (rows carry the column). */
export async function breakdownOf(
  db: Kysely<Database>,
  indicator: Indicator,
  period: Period,
  by: Breakdown,
): Promise<{ group: string | null; numerator: number; denominator: number }[]> {
  const rows = await withoutJit(
    db,
    sql<{ group: string | null; numerator: number; denominator: number }>`
    select ${sql.ref(`r.${by}`)}::text as "group", ${aggregate(indicator)}
    from (${withRows(indicator, [period], by)}) as r where r.period = ${period.key}
    group by 1 order by 1 nulls last`,
  );
  return rows.map((row) => ({
    group: row.group,
    numerator: Number(row.numerator),
    denominator: Number(row.denominator),
  }));
}
