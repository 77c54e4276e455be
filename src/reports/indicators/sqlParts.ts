// SQL pieces indicators share, so each question ("which team held the child then?") is asked one way.
import { sql, type RawBuilder } from 'kysely';
import type { Breakdown } from './model.ts';

/** The team holding the child's allocation on a date (the latest begun), else null. */
export const teamOn = (child: RawBuilder<unknown>, on: RawBuilder<unknown>) =>
  sql`(select t.name from allocations a join teams t on t.id = a.team_id
    where a.child_id = ${child} and a.start_date <= ${on} and (a.end_date is null or a.end_date > ${on})
    order by a.start_date desc, a.id desc limit 1)`;

/** The locality (family hub area) of the child's home on a date, else null. */
export const localityOn = (child: RawBuilder<unknown>, on: RawBuilder<unknown>) =>
  sql`(select a.locality from addresses a
    where a.child_id = ${child} and a.start_date <= ${on} and (a.end_date is null or a.end_date >= ${on})
    order by a.start_date desc limit 1)`;

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

/** Working days after `from` up to and including `to` (both date expressions), from `working_days`. */
export const workingDaysAfter = (from: RawBuilder<unknown>, to: RawBuilder<unknown>) =>
  sql`((select n from working_days where day = ${to}) - (select n from working_days where day = ${from}))`;
