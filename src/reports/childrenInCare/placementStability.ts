// SSDA903 placement stability (DfE, Children looked after in England, measure A1): children looked after with three or more placements during the year to 31 March.
import { Temporal } from 'temporal-polyfill';
import { sql, type RawBuilder } from 'kysely';

/** An SSDA903 episode as the measure reads it. */
export interface PlacementEpisode {
  startDate: string;
  endDate: string | null;
  /** RNE: every reason but L (legal status only) begins a placement. */
  reasonNewEpisode: string;
}

/** How many placements make a child's year unstable. */
export const unstablePlacementCount = 3;

/** The first day of the 903 year (1 April) that `today` falls in. */
export function reportingYearStart(today: Temporal.PlainDate): Temporal.PlainDate {
  return Temporal.PlainDate.from({ year: today.month >= 4 ? today.year : today.year - 1, month: 4, day: 1 });
}

/**
 * The child's placements in the year so far: those begun from 1 April to today, and the one they
 * were in as the year began. A placement left on 1 April is last year's: episodes run up to, not
 * through, their end date, as the next begins that day.
 */
export function placementsInYear(episodes: readonly PlacementEpisode[], today: Temporal.PlainDate): number {
  const yearStart = reportingYearStart(today).toString();
  const on = today.toString();
  const placements: { start: string; end: string | null }[] = [];
  for (const episode of [...episodes].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
    const current = placements.at(-1);
    if (current && episode.reasonNewEpisode === 'L') current.end = episode.endDate;
    else placements.push({ start: episode.startDate, end: episode.endDate });
  }
  return placements.filter(
    (placement) => placement.start <= on && (placement.end === null || placement.end > yearStart),
  ).length;
}

/**
 * `placementsInYear`'s placements in SQL, for every child at once: the episodes grouped into
 * placements as above (an episode with RNE L continues the placement before it), each with the day
 * it began, the day it ended and the day the placement before it began. `episodes` may narrow
 * care_episodes to some children (all of each child's episodes).
 */
export const placementsSql = (episodes: RawBuilder<unknown> = sql`care_episodes`) => sql`(
  select child_id, start_date, end_date,
    lag(start_date) over (partition by child_id order by start_date, first_id) as previous_start_date
  from (
    select child_id, min(start_date) as start_date, min(id) as first_id,
      (array_agg(end_date order by start_date desc, id desc))[1] as end_date
    from (
      select e.*, count(*) filter (where e.reason_new_episode <> 'L')
        over (partition by e.child_id order by e.start_date, e.id) as placement
      from ${episodes} e
    ) numbered
    group by child_id, placement
  ) grouped)`;

/** `reportingYearStart` in SQL for a date expression: 1 April of the year three months before it. */
export const reportingYearStartSql = (day: RawBuilder<unknown>) =>
  sql`make_date(extract(year from ${day} - interval '3 months')::int, 4, 1)`;

/** Whether a placement (of `placementsSql`) counts in the year to `day`: `placementsInYear`'s filter. */
export const placementInYearSql = (placement: string, day: RawBuilder<unknown>) =>
  sql`(${sql.ref(`${placement}.start_date`)} <= ${day} and (${sql.ref(`${placement}.end_date`)} is null or ${sql.ref(`${placement}.end_date`)} > ${reportingYearStartSql(day)}))`;
