// SQL pieces indicators share, so each question ("which team held the child then?") is asked one way.
import { sql, type RawBuilder } from 'kysely';
import type { Breakdown } from './model.ts';
import type { TimescaleSettings } from '../../core/timescales/settings.ts';
import { timescaleSettingsKey } from '../../platform/settings/timescaleSettings.ts';
import { defaultTimescaleSettings } from '../timescales/settings.ts';

/** An indicator's row that counts once (a count's numerator; no denominator). */
export const counted = sql`1 as numerator, 0 as denominator`;

/** An indicator's row in a percentage: in the denominator, and in the numerator when the condition holds. */
export const percentOf = (condition: RawBuilder<unknown>) =>
  sql`case when ${condition} then 1 else 0 end as numerator, 1 as denominator`;

/** The first and last days the periods cover: records outside them need not be read. */
export const firstPeriodDay = sql`(select min(starts) from periods)`;
export const lastPeriodDay = sql`(select max(ends) from periods)`;

/** The team holding the child's allocation on a date (the latest begun), else null. */
export const teamOn = (child: RawBuilder<unknown>, on: RawBuilder<unknown>) =>
  sql`(select breakdown_team.name from allocations breakdown_allocation
    join teams breakdown_team on breakdown_team.id = breakdown_allocation.team_id
    where breakdown_allocation.child_id = ${child} and breakdown_allocation.start_date <= ${on}
      and (breakdown_allocation.end_date is null or breakdown_allocation.end_date > ${on})
    order by breakdown_allocation.start_date desc, breakdown_allocation.id desc limit 1)`;

/** The locality (family hub area) of the child's home on a date, else null. */
export const localityOn = (child: RawBuilder<unknown>, on: RawBuilder<unknown>) =>
  sql`(select home.locality from addresses home
    where home.child_id = ${child} and home.start_date <= ${on} and (home.end_date is null or home.end_date >= ${on})
    order by home.start_date desc limit 1)`;

/**
 * The breakdown's column for an indicator's rows, with its leading comma, or nothing when no
 * breakdown is asked for: the lookup is paid for only on the breakdown's page.
 */
export function breakdownColumn(
  breakdown: Breakdown | undefined,
  child: RawBuilder<unknown>,
  on: RawBuilder<unknown>,
): RawBuilder<unknown> {
  if (breakdown === 'team') return sql`, ${teamOn(child, on)} as team`;
  if (breakdown === 'locality') return sql`, ${localityOn(child, on)} as locality`;
  return sql``;
}

/**
 * A day's `n` from `working_days`, by its place in an array of them built once per query (a
 * subscript, where a lookup per row would scan the days, and a join would blur the planner's
 * row counts); null outside the days numbered.
 */
const workingDayNumber = (day: RawBuilder<unknown>) =>
  sql`((select array_agg(n order by day) from working_days))[(${day}) - (select min(day) from working_days) + 1]`;

/** Working days after `from` up to and including `to` (both date expressions), from `working_days`. */
export const workingDaysAfter = (from: RawBuilder<unknown>, to: RawBuilder<unknown>) =>
  sql`(${workingDayNumber(to)} - ${workingDayNumber(from)})`;

/**
 * Whether `to` fell on or before the `days`th working day after `from`, day 0 being `from`
 * (timescales.md, as addWorkingDays counts): the day before `to` is fewer than `days` working days
 * on, so a Saturday after a Friday deadline is late. False when `to` is null or `from` lies before
 * the days numbered.
 */
export const withinWorkingDays = (
  from: RawBuilder<unknown>,
  to: RawBuilder<unknown>,
  days: number | RawBuilder<unknown>,
) => sql`coalesce(${workingDaysAfter(from, sql`(${to}) - 1`)} < ${days}, false)`;

/** A code's label from its code list (a breakdown's group), else null. */
export const codeLabel = (code: RawBuilder<unknown>, labels: readonly (readonly [string, string])[]) =>
  sql`(case ${code}::text ${sql.join(
    labels.map(([value, label]) => sql`when ${value} then ${label}`),
    sql` `,
  )} end)`;

type NumericStandard = {
  [K in keyof TimescaleSettings]: TimescaleSettings[K] extends number ? K : never;
}[keyof TimescaleSettings];

/** One of the council's numeric standards (visit frequencies…) as the settings page keeps it, else its default. */
export const councilStandard = (name: NumericStandard) =>
  sql`coalesce((select (value::jsonb ->> ${name})::int from harbour_settings where key = ${timescaleSettingsKey}),
    ${defaultTimescaleSettings[name]})`;

/**
 * The periods as one row for each day of each (`key`, `starts`, `ends`, `day`): records join it on
 * their date by equality, a hash join, where a range test would be evaluated for every record ×
 * every period (72 of them for 36 months and their years to date).
 */
export const periodDays = sql`(select p.key, p.starts, p.ends, d::date as day
  from periods p cross join lateral generate_series(p.starts::timestamp, p.ends::timestamp, interval '1 day') as d)`;

/**
 * The periods a record stands in as at their last day: open from `from` (inclusive) until `until`
 * (the day it ended, when it no longer stands; null while open). Joined on the month ends the record
 * spans within the periods (every period ends on a month's last day: periods.ts), a hash join,
 * where a range test would run for every record × period. Use as `from records r ${standingOn(…)}`;
 * the periods are `p`.
 */
export const standingOn = (from: RawBuilder<unknown>, until: RawBuilder<unknown>) => sql`
  cross join lateral generate_series(
    date_trunc('month', greatest(${from}, ${firstPeriodDay})::timestamp),
    least((${until}) - 1, ${lastPeriodDay})::timestamp,
    interval '1 month') as month_standing(month)
  join periods p on p.ends = (month_standing.month + interval '1 month' - interval '1 day')::date
    and p.ends >= ${from} and (${until} is null or p.ends < ${until})`;
