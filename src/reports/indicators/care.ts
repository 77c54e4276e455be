// Children in care indicators (SSDA903 definitions: timescales.md "DfE statistical definitions").
import { sql, type RawBuilder } from 'kysely';
import { familySettingGroups, placementGroups, type PlacementGroup } from '../../areas/care/index.ts';
import { placementInYearSql, placementsSql, unstablePlacementCount } from '../childrenInCare/placementStability.ts';
import type { Breakdown, Indicator } from './model.ts';
import { breakdownColumn } from './sqlParts.ts';

/** Legal statuses of an agreed series of short breaks, which the looked-after counts leave out (903 LS). */
export const shortBreakStatuses = ['V3', 'V4'];

/**
 * Legal statuses that are an order of a court: care, placement and freeing orders, emergency
 * protection and child assessment orders, remand and a sentence with a residence requirement. Not
 * accommodation under section 20 (V2), police protection (L1) or PACE accommodation (J2).
 */
const courtOrderStatuses = ['C1', 'C2', 'D1', 'E1', 'J1', 'J3', 'L2', 'L3'];

const notShortBreak = (episode: string) =>
  sql`${sql.ref(`${episode}.legal_status`)} <> all(${shortBreakStatuses}::text[])`;

/** The periods' last days, as `p(ends)`: a stock is the same for a month and its year to date, so is computed once a day. */
const periodEnds = sql`(select distinct ends from periods)`;

/** Rows computed for each period end (an `ends` column), given to every period ending that day. */
const forEachPeriodEnding = (rows: RawBuilder<unknown>) =>
  sql`select periods.key as period, s.* from (${rows}) s join periods on periods.ends = s.ends`;

/**
 * Each child looked after on each period end (`p.ends`): the episode open that day (`e`), short
 * breaks excluded, with `joins` to more of the child's records and `where` narrowing them.
 */
const lookedAfterOn = (
  columns: RawBuilder<unknown>,
  breakdown?: Breakdown,
  joins: RawBuilder<unknown> = sql``,
  where: RawBuilder<unknown> = sql`true`,
) => sql`
  select p.ends, e.child_id, ${columns}
    ${breakdownColumn(breakdown, sql.ref('e.child_id'), sql.ref('p.ends'))}
  from care_episodes e join ${periodEnds} p on e.start_date <= p.ends and (e.end_date is null or e.end_date > p.ends)
  ${joins}
  where ${notShortBreak('e')} and ${where}
    and e.start_date <= (select max(ends) from periods) and (e.end_date is null or e.end_date > (select min(ends) from periods))`;

const lookedAfterAsAt = (...on: Parameters<typeof lookedAfterOn>) => forEachPeriodEnding(lookedAfterOn(...on));

/** The 903 placements (`placementsSql`) that can count in a year ending on one of the periods' last days. */
const recentPlacements = (() => {
  const since = sql`(select min(ends) from periods) - interval '1 year'`;
  const children = sql`(select * from care_episodes where child_id in
    (select child_id from care_episodes where end_date is null or end_date > ${since}))`;
  return sql`(select * from ${placementsSql(children)} pl where pl.end_date is null or pl.end_date > ${since})`;
})();

/**
 * Each child with `unstablePlacementCount` or more placements in the year to a period's end, on
 * each such end: counted only for children with that many placements since a year before the first.
 */
const unstableOn = sql`(select pe.ends, pl.child_id from
    (select *, count(*) over (partition by child_id) as placements from ${recentPlacements} pl) pl
  join ${periodEnds} pe on ${placementInYearSql('pl', sql.ref('pe.ends'))}
  where pl.placements >= ${unstablePlacementCount}
  group by pe.ends, pl.child_id having count(*) >= ${unstablePlacementCount})`;

/** A breakdown's column of a query's alias, to select and group by, or nothing. */
const groupedBreakdown = (alias: string, breakdown?: Breakdown) =>
  breakdown ? sql`, ${sql.ref(`${alias}.${breakdown}`)}` : sql``;

const counted = sql`1 as numerator, 0 as denominator`;
const share = (condition: RawBuilder<unknown>) =>
  sql`case when ${condition} then 1 else 0 end as numerator, 1 as denominator`;

/** Whether the episode `e`'s placement is in one of the groups, by the one list of groups (unlisted codes are 'other'). */
function placedIn(groups: readonly PlacementGroup[]): RawBuilder<unknown> {
  const codesOf = (wanted: (group: PlacementGroup) => boolean) =>
    (Object.keys(placementGroups) as PlacementGroup[]).filter(wanted).flatMap((group) => placementGroups[group].codes);
  return groups.includes('other')
    ? sql`e.placement_type <> all(${codesOf((group) => !groups.includes(group))}::text[])`
    : sql`e.placement_type = any(${codesOf((group) => groups.includes(group))}::text[])`;
}

/**
 * A flow of children starting or ceasing care on `on_date` (rows of `facts`): each child once in a
 * period, by the first time in it (`first`) or the last (`last`), which their breakdown is read at.
 */
const careFlow = (facts: RawBuilder<unknown>, which: 'first' | 'last', breakdown?: Breakdown) => sql`
  select distinct on (p.key, f.child_id) p.key as period, f.child_id, ${counted}
    ${breakdownColumn(breakdown, sql.ref('f.child_id'), sql.ref('f.on_date'))}
  from ${facts} f join periods p on f.on_date between p.starts and p.ends
  order by p.key, f.child_id, f.on_date ${which === 'first' ? sql`asc` : sql`desc`}`;

/** Each period of care's start: its first episode that is not a short break (one of short breaks only never starts). */
const startedCare = sql`(select pc.child_id, min(e.start_date) as on_date
  from periods_of_care pc join care_episodes e on e.period_of_care_id = pc.id
  where ${notShortBreak('e')} and pc.start_date <= (select max(ends) from periods)
  group by pc.id, pc.child_id)`;

/** Each period of care's end, unless its last episode was a short break or the episode went on (X1). */
const ceasedCare = sql`(select pc.child_id, pc.end_date as on_date
  from periods_of_care pc
  join lateral (select e.legal_status, e.reason_ceased from care_episodes e where e.period_of_care_id = pc.id
    order by e.start_date desc, e.id desc limit 1) e on true
  where pc.end_date >= (select min(starts) from periods) and ${notShortBreak('e')}
    and e.reason_ceased is distinct from 'X1')`;

/** The period of care the episode `e` belongs to, as `pc`. */
const withPeriodOfCare = sql`join periods_of_care pc on pc.id = e.period_of_care_id`;

/** Looked after continuously for 12 months at the period's end (the OC2 cohort), with a check of `table` in those 12 months. */
const oc2Cohort = (table: 'health_assessments' | 'dental_checks', dateColumn: string, breakdown?: Breakdown) =>
  forEachPeriodEnding(sql`
    select l.ends, l.child_id, case when count(h.on_date) > 0 then 1 else 0 end as numerator, 1 as denominator
      ${groupedBreakdown('l', breakdown)}
    from (${lookedAfterOn(counted, breakdown, withPeriodOfCare, sql`pc.start_date <= p.ends - interval '12 months'`)}) l
    left join (select child_id, ${sql.ref(dateColumn)} as on_date from ${sql.table(table)}
        where ${sql.ref(dateColumn)} between (select min(ends) from periods) - interval '12 months' and (select max(ends) from periods)) h
      on h.child_id = l.child_id and h.on_date > l.ends - interval '12 months' and h.on_date <= l.ends
    group by l.ends, l.child_id ${groupedBreakdown('l', breakdown)}`);

/**
 * The due items of one timescale rule falling due in the period, and whether each was met by its
 * due date: the rule (src/areas/…/timescales) is the one definition, its answers stored in due_items.
 */
const dueItemsMet = (rule: string, breakdown?: Breakdown) => sql`
  select p.key as period, d.child_id, ${share(sql`d.met_on is not null and not d.met_late`)}
    ${breakdownColumn(breakdown, sql.ref('d.child_id'), sql.ref('d.due_on'))}
  from due_items d join periods p on d.due_on between p.starts and p.ends
  where d.rule = ${rule}`;

const placementMix: Indicator[] = (Object.keys(placementGroups) as PlacementGroup[]).map((group) => ({
  id: `placed-${group}`,
  title: `Children looked after: ${placementGroups[group].title.toLowerCase()}`,
  group: 'care',
  definition: `Of the children looked after on the last day of the period (short breaks excluded), the percentage in ${placementGroups[group].title.toLowerCase()} (placement types ${placementGroups[group].codes.join(', ')}${group === 'other' ? ', or any type not in another group' : ''}).`,
  source: 'DfE SSDA903 PLACE, grouped as the council’s performance report (Q3 report 7.124)',
  unit: 'percent',
  polarity: 'neutral',
  measure: 'stock',
  breakdowns: ['team', 'locality'],
  rows: (breakdown) => lookedAfterAsAt(share(placedIn([group])), breakdown),
}));

export const careIndicators: Indicator[] = [
  {
    id: 'looked-after',
    title: 'Children looked after',
    group: 'care',
    definition:
      'Children looked after on the last day of the period, excluding those in an agreed series of short breaks. A child whose care ended that day is not counted.',
    source: 'DfE SSDA903: looked after at 31 March (or any date)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => lookedAfterAsAt(counted, breakdown),
  },
  {
    id: 'looked-after-rate',
    title: 'Children looked after per 10,000 children',
    group: 'care',
    definition:
      'Children looked after on the last day of the period (short breaks excluded) per 10,000 children aged 0–17.',
    source: 'DfE SSDA903; rate per 10,000',
    unit: 'rate10k',
    polarity: 'neutral',
    measure: 'stock',
    breakdowns: ['locality'],
    rows: (breakdown) => lookedAfterAsAt(counted, breakdown),
  },
  {
    id: 'started-care-rate',
    title: 'Children starting to be looked after per 10,000 children',
    group: 'care',
    definition:
      'Children who started to be looked after in the period (a period of care beginning, or short breaks turning into care), each child once, per 10,000 children aged 0–17. Short breaks are not counted.',
    source: 'DfE SSDA903: started to be looked after; rate per 10,000',
    unit: 'rate10k',
    polarity: 'neutral',
    measure: 'flow',
    countedBy: 'child',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => careFlow(startedCare, 'first', breakdown),
  },
  {
    id: 'ceased-care-rate',
    title: 'Children ceasing to be looked after per 10,000 children',
    group: 'care',
    definition:
      'Children whose care ended in the period, each child once however often (the last time counts), per 10,000 children aged 0–17. Care ending on the period’s last day ceases in the period. Short breaks are not counted.',
    source: 'DfE SSDA903: ceased to be looked after; rate per 10,000',
    unit: 'rate10k',
    polarity: 'neutral',
    measure: 'flow',
    countedBy: 'child',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => careFlow(ceasedCare, 'last', breakdown),
  },
  ...placementMix,
  {
    id: 'family-settings',
    title: 'Children looked after in family settings',
    group: 'care',
    definition: `Of the children looked after on the last day of the period (short breaks excluded), the percentage living in a family: ${familySettingGroups.map((group) => placementGroups[group].title.toLowerCase()).join('; ')}.`,
    source: 'Council performance report (Q3 report 7.122), from SSDA903 PLACE',
    unit: 'percent',
    polarity: 'higher',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => lookedAfterAsAt(share(placedIn(familySettingGroups)), breakdown),
  },
  {
    id: 'court-order',
    title: 'Children looked after subject to a court order',
    group: 'care',
    definition: `Of the children looked after on the last day of the period (short breaks excluded), the percentage whose legal status is an order of a court (${courtOrderStatuses.join(', ')}), not accommodation under section 20 or police protection.`,
    source: 'DfE SSDA903 LS; council performance report (Q3 report 7.123)',
    unit: 'percent',
    polarity: 'neutral',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => lookedAfterAsAt(share(sql`e.legal_status = any(${courtOrderStatuses}::text[])`), breakdown),
  },
  {
    id: 'uasc',
    title: 'Unaccompanied asylum-seeking children looked after',
    group: 'care',
    definition:
      'Children looked after on the last day of the period (short breaks excluded) whose status as an unaccompanied asylum-seeking child was current that day.',
    source: 'DfE SSDA903 UASC',
    unit: 'count',
    polarity: 'neutral',
    measure: 'stock',
    countedBy: 'child',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) =>
      lookedAfterAsAt(
        counted,
        breakdown,
        sql`join immigration_statuses u on u.child_id = e.child_id and u.status = 'UASC'
          and u.start_date <= p.ends and (u.end_date is null or u.end_date >= p.ends)`,
      ),
  },
  {
    id: 'placement-stability',
    title: `Children looked after with ${unstablePlacementCount} or more placements in the year`,
    group: 'care',
    definition: `Of the children looked after on the last day of the period (short breaks excluded), the percentage with ${unstablePlacementCount} or more placements in the year from 1 April to that day (the placement they were in on 1 April counts; a change of legal status alone is not a new placement).`,
    source: 'DfE SSDA903 placement stability measure (a)',
    unit: 'percent',
    polarity: 'lower',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) =>
      lookedAfterAsAt(
        share(sql`unstable.child_id is not null`),
        breakdown,
        sql`left join ${unstableOn} unstable on unstable.child_id = e.child_id and unstable.ends = p.ends`,
      ),
  },
  {
    id: 'long-term-stability',
    title: 'Long-term placement stability',
    group: 'care',
    definition:
      'Of the children under 16 looked after on the last day of the period who had been looked after continuously for at least 2½ years, the percentage in the same placement for at least 2 years (or placed for adoption, with the adoptive placement and the one before it together lasting at least 2 years).',
    source: 'DfE SSDA903 placement stability measure (b)',
    unit: 'percent',
    polarity: 'higher',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) =>
      lookedAfterAsAt(
        share(sql`pl.start_date <= p.ends - interval '2 years'
          or (e.placement_type = any(${[...placementGroups.adoption.codes]}::text[]) and pl.previous_start_date <= p.ends - interval '2 years')`),
        breakdown,
        sql`${withPeriodOfCare} join children c on c.id = e.child_id
          left join ${recentPlacements} pl on pl.child_id = e.child_id and pl.start_date <= p.ends and (pl.end_date is null or pl.end_date > p.ends)`,
        sql`pc.start_date <= p.ends - interval '2 years 6 months' and c.date_of_birth > p.ends - interval '16 years'`,
      ),
  },
  {
    id: 'cla-reviews-on-time',
    title: 'Reviews of children looked after held on time',
    group: 'care',
    definition:
      'Of the reviews of children looked after falling due in the period (by the review timescales), the percentage held by the day they were due. Read from the stored due items.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 33',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => dueItemsMet('cla-review', breakdown),
  },
  {
    id: 'cla-visits-on-time',
    title: 'Visits to children looked after made on time',
    group: 'care',
    definition:
      'Of the statutory visits to children looked after falling due in the period, the percentage made by the day they were due. Read from the stored due items.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 28',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => dueItemsMet('cla-visit', breakdown),
  },
  {
    id: 'health-assessments',
    title: 'Health assessments of children looked after for 12 months',
    group: 'care',
    definition:
      'Of the children looked after on the last day of the period who had been looked after continuously for at least 12 months (the OC2 cohort), the percentage with a health assessment in the 12 months to that day.',
    source: 'DfE SSDA903 OC2: health assessments',
    unit: 'percent',
    polarity: 'higher',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => oc2Cohort('health_assessments', 'assessment_date', breakdown),
  },
  {
    id: 'dental-checks',
    title: 'Dental checks of children looked after for 12 months',
    group: 'care',
    definition:
      'Of the children looked after on the last day of the period who had been looked after continuously for at least 12 months (the OC2 cohort), the percentage whose teeth were checked by a dentist in the 12 months to that day.',
    source: 'DfE SSDA903 OC2: teeth checked',
    unit: 'percent',
    polarity: 'higher',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => oc2Cohort('dental_checks', 'check_date', breakdown),
  },
  {
    id: 'peps-on-time',
    title: 'Personal education plans on time',
    group: 'care',
    definition:
      'Of the personal education plans falling due in the period (by the PEP timescales), the percentage completed by the day they were due. Read from the stored due items.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 5; virtual school practice',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => dueItemsMet('pep', breakdown),
  },
  {
    id: 'missing-episodes',
    title: 'Missing episodes of children looked after',
    group: 'care',
    definition:
      'Episodes beginning in the period in which a child looked after (short breaks excluded) was missing or away from placement without authorisation.',
    source: 'DfE SSDA903 Missing',
    unit: 'count',
    polarity: 'lower',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => sql`
      select p.key as period, m.child_id, ${counted}
        ${breakdownColumn(breakdown, sql.ref('m.child_id'), sql.ref('m.started_on'))}
      -- The London day each began, worked out once per episode (offset 0 keeps the planner from
      -- repeating it for every period it is compared with).
      from (select child_id, (started_at at time zone 'Europe/London')::date as started_on from missing_episodes
        where started_at >= (select min(starts) from periods) - interval '1 day' offset 0) m
      join periods p on m.started_on between p.starts and p.ends
      join care_episodes e on e.child_id = m.child_id and e.start_date <= m.started_on
        and (e.end_date is null or e.end_date > m.started_on) and ${notShortBreak('e')}`,
  },
  {
    id: 'return-home-interviews',
    title: 'Return home interviews within 72 hours',
    group: 'care',
    definition:
      'Of the return home interviews falling due in the period (72 hours after a child came back from being missing), the percentage held, or offered and declined, within the 72 hours. Read from the stored due items.',
    source: 'DfE statutory guidance on children who run away or go missing from home or care (2014)',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => dueItemsMet('return-home-interview', breakdown),
  },
];
