// Court and pre-proceedings indicators, each by child and by family as the council reports them
// ("177 children in 99 families"): a record with no family group is a family of its own.
import { sql, type RawBuilder } from 'kysely';
import { durationBandSql, durationBands, proceedingsWeekSql } from '../../areas/court/index.ts';
import type { Breakdown, Indicator } from './model.ts';
import { breakdownColumn } from './sqlParts.ts';

/** The family a pre-proceedings or proceedings record (alias) is about, as the court tracker counts them. */
const familyOf = (record: string) =>
  sql`coalesce('family-' || ${sql.ref(`${record}.family_id`)}, ${`${record}-`} || ${sql.ref(`${record}.id`)})`;

/** Rows of `facts` (child_id, family, on_date, numerator, denominator) in the periods `on_date` falls in. */
const inPeriod = (facts: RawBuilder<unknown>, breakdown?: Breakdown) => sql`
  select p.key as period, f.child_id, f.family, f.numerator, f.denominator
    ${breakdownColumn(breakdown, sql.ref('f.child_id'), sql.ref('f.on_date'))}
  from ${facts} f join periods p on f.on_date between p.starts and p.ends
  where f.on_date between (select min(starts) from periods) and (select max(ends) from periods)`;

/**
 * Rows of `facts` (child_id, family, from_date, until_date) for the periods whose last day is from
 * `from_date` to before `until_date`: found once for each distinct last day (a month and its year
 * to date share it), then given to each period ending that day.
 */
const asAt = (facts: RawBuilder<unknown>, breakdown?: Breakdown) => sql`
  select p.key as period, s.* from (
    select pe.ends, f.child_id, f.family, 1 as numerator, 0 as denominator
      ${breakdownColumn(breakdown, sql.ref('f.child_id'), sql.ref('pe.ends'))}
    from ${facts} f join (select distinct ends from periods) pe
      on f.from_date <= pe.ends and (f.until_date is null or f.until_date > pe.ends)
    where f.from_date <= (select max(ends) from periods)
      and (f.until_date is null or f.until_date > (select min(ends) from periods))
  ) s join periods p on p.ends = s.ends`;

/** Each child of each pre-proceedings record, with the record's family, as `pp` and `ppc`. */
const preProceedingsChildren = sql`pre_proceedings pp join pre_proceedings_children ppc on ppc.pre_proceedings_id = pp.id`;

const enteredPlo = sql`(select ppc.child_id, ${familyOf('pp')} as family, pp.start_date as on_date, 1 as numerator, 0 as denominator
  from ${preProceedingsChildren})`;

/** Pre-proceedings ended without proceedings: any outcome but issuing them. */
const steppedOut = (numerator: RawBuilder<unknown>) => sql`(select ppc.child_id, ${familyOf('pp')} as family,
    pp.decision_date as on_date, ${numerator} as numerator, 0 as denominator
  from ${preProceedingsChildren}
  left join (select pc.child_id, max(cp.issue_date) as last_issued
    from proceedings_children pc join care_proceedings cp on cp.id = pc.proceedings_id group by pc.child_id) issued
    on issued.child_id = ppc.child_id
  where pp.outcome <> 'issue-proceedings')`;

/** Of those stepped out, the children for whom care proceedings were issued on a later day. */
const laterIssued = sql`(case when issued.last_issued > pp.decision_date then 1 else 0 end)`;

const inProceedings = sql`(select pc.child_id, ${familyOf('cp')} as family, cp.issue_date as from_date, cp.conclusion_date as until_date
  from care_proceedings cp join proceedings_children pc on pc.proceedings_id = cp.id)`;

/** Decided to issue proceedings, from the decision until the first proceedings the record led to were issued. */
const awaitingIssue = sql`(select ppc.child_id, ${familyOf('pp')} as family, pp.decision_date as from_date, cp.issued as until_date
  from ${preProceedingsChildren}
  left join (select pre_proceedings_id, min(issue_date) as issued from care_proceedings group by pre_proceedings_id) cp
    on cp.pre_proceedings_id = pp.id
  where pp.outcome = 'issue-proceedings')`;

/** Proceedings concluded, each child with the week of the proceedings they concluded in (court area's rule). */
const concluded = (numerator: (week: RawBuilder<unknown>) => RawBuilder<unknown>, denominator = sql`0`) => sql`(
  select pc.child_id, ${familyOf('cp')} as family, cp.conclusion_date as on_date,
    ${numerator(proceedingsWeekSql(sql.ref('cp.issue_date'), sql.ref('cp.conclusion_date')))} as numerator, ${denominator} as denominator
  from care_proceedings cp join proceedings_children pc on pc.proceedings_id = cp.id where cp.conclusion_date is not null)`;

/** Each child of proceedings issued, the family counting in the numerator when the application was for 3 or more. */
const issuedBySize = sql`(select pc.child_id, ${familyOf('cp')} as family, cp.issue_date as on_date,
    case when sizes.children >= 3 then 1 else 0 end as numerator, 1 as denominator
  from care_proceedings cp join proceedings_children pc on pc.proceedings_id = cp.id
  join (select proceedings_id, count(*) as children from proceedings_children group by proceedings_id) sizes
    on sizes.proceedings_id = cp.id)`;

const byChildAndFamily = (indicator: Omit<Indicator, 'countedBy'>): Indicator[] => [
  {
    ...indicator,
    id: `${indicator.id}-children`,
    title: `${indicator.title}: children`,
    definition: `Children ${indicator.definition} Each child once.`,
    countedBy: 'child',
  },
  {
    ...indicator,
    id: `${indicator.id}-families`,
    title: `${indicator.title}: families`,
    definition: `Families ${indicator.definition} Each family once, however many of its children; a record with no family group is a family of its own.`,
    countedBy: 'family',
    breakdowns: [],
  },
];

const court = { group: 'court', breakdowns: ['team', 'locality'] } as const;

/** The ids of the indicators counting each of the court area's duration bands, in its order. */
const bandIds = ['within-26-weeks', '27-to-52-weeks', '53-weeks-or-more'] as const;

export const courtIndicators: Indicator[] = [
  ...byChildAndFamily({
    ...court,
    id: 'plo-entered',
    title: 'Entered pre-proceedings (PLO)',
    definition: 'entering pre-proceedings under the Public Law Outline in the period.',
    source: 'CIN census pre-proceedings (from 2026); council performance report (Q3 report 7.126)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    rows: (breakdown) => inPeriod(enteredPlo, breakdown),
  }),
  ...byChildAndFamily({
    ...court,
    id: 'plo-stepped-out',
    title: 'Stepped out of pre-proceedings without proceedings',
    definition:
      'whose pre-proceedings ended in the period with a decision other than to issue care proceedings (stepped down, or another outcome).',
    source: 'CIN census PPOutcome; council performance report (Q3 report 7.127)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    rows: (breakdown) => inPeriod(steppedOut(sql`1`), breakdown),
  }),
  ...byChildAndFamily({
    ...court,
    id: 'plo-later-issued',
    title: 'Stepped out of pre-proceedings, proceedings later issued',
    definition:
      'who stepped out of pre-proceedings in the period without proceedings and for whom care proceedings were issued on a later day (to the latest record), counted in the period they stepped out.',
    source: 'Council performance report (Q3 report 7.127)',
    unit: 'count',
    polarity: 'lower',
    measure: 'flow',
    rows: (breakdown) => inPeriod(steppedOut(laterIssued), breakdown),
  }),
  {
    ...court,
    id: 'legal-planning-meetings',
    title: 'Legal planning meetings',
    definition:
      'Legal planning (legal panel) meetings held in the period about families in pre-proceedings, each meeting once.',
    source: 'Council performance report (Q3 report 7.126)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: [],
    rows: () => sql`
      select p.key as period, null::int as child_id, 1 as numerator, 0 as denominator
      from pre_proceedings_meetings m join periods p on m.meeting_date between p.starts and p.ends
      where m.meeting_type = 'legal-planning'
        and m.meeting_date between (select min(starts) from periods) and (select max(ends) from periods)`,
  },
  ...byChildAndFamily({
    ...court,
    id: 'in-proceedings',
    title: 'In care proceedings',
    definition:
      'in care proceedings on the last day of the period: issued on or before that day and not concluded by it (proceedings concluding that day are not counted).',
    source: 'Council performance report (Q3 report 7.129)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'stock',
    rows: (breakdown) => asAt(inProceedings, breakdown),
  }),
  ...byChildAndFamily({
    ...court,
    id: 'awaiting-issue',
    title: 'Awaiting issue of care proceedings',
    definition:
      'for whom a decision to issue care proceedings had been made in pre-proceedings by the last day of the period, with the proceedings not yet issued that day.',
    source: 'Council performance report (Q3 report 7.129)',
    unit: 'count',
    polarity: 'lower',
    measure: 'stock',
    rows: (breakdown) => asAt(awaitingIssue, breakdown),
  }),
  ...byChildAndFamily({
    ...court,
    id: 'proceedings-concluded',
    title: 'Care proceedings concluded',
    definition: 'whose care proceedings concluded in the period.',
    source: 'Council performance report (Q3 report 7.130)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    rows: (breakdown) =>
      inPeriod(
        concluded(() => sql`1`),
        breakdown,
      ),
  }),
  ...durationBands.flatMap((band, index) =>
    byChildAndFamily({
      ...court,
      id: `proceedings-concluded-${bandIds[index]}`,
      title: `Care proceedings concluded in ${band}`,
      definition: `whose care proceedings concluded in the period in ${band}, counting the day of issue as the first day of week 1 (extensions do not change the count).`,
      source: 'Children Act 1989 s32(1)(a)(ii); council performance report (Q3 report 7.131)',
      unit: 'count',
      polarity: index === 0 ? 'higher' : 'lower',
      measure: 'flow',
      rows: (breakdown) =>
        inPeriod(
          concluded((week) => sql`case when ${durationBandSql(week)} = ${index} then 1 else 0 end`),
          breakdown,
        ),
    }),
  ),
  {
    ...court,
    id: 'proceedings-issued-three-or-more',
    title: 'Families in proceedings issued for 3 or more children',
    definition:
      'Of the families whose care proceedings were issued in the period, the percentage whose application was for three or more brothers and sisters.',
    source: 'Council performance report (Q3 report 7.133)',
    unit: 'percent',
    polarity: 'neutral',
    measure: 'flow',
    countedBy: 'family',
    rows: (breakdown) => inPeriod(issuedBySize, breakdown),
  },
  {
    ...court,
    id: 'proceedings-average-weeks',
    title: 'Average weeks to conclude care proceedings',
    definition:
      'The average, over the children whose care proceedings concluded in the period, of the week of the proceedings they concluded in (the day of issue and the six after it are week 1).',
    source: 'Children Act 1989 s32(1)(a)(ii) (26 weeks); council performance report (Q3 report 7.131)',
    unit: 'weeks',
    polarity: 'lower',
    measure: 'flow',
    rows: (breakdown) =>
      inPeriod(
        concluded((week) => week, sql`1`),
        breakdown,
      ),
  },
];
