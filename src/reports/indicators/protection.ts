// Assessment and protection indicators (CIN census definitions: timescales.md "DfE statistical definitions").
import { sql, type RawBuilder } from 'kysely';
import { codeEntries } from '../../core/codeLists.ts';
import { categoriesOfAbuse } from '../../areas/protection/index.ts';
import type { Breakdown, Indicator } from './model.ts';
import {
  breakdownColumn,
  codeLabel,
  counted,
  councilStandard,
  firstPeriodDay,
  percentOf,
  periodDays,
  standingOn,
  withinWorkingDays,
} from './sqlParts.ts';

type Columns = RawBuilder<unknown>;

/**
 * Single assessments authorised in each period, knowing whether on or before the 45th working day
 * after the referral (day 0). `offset 0` keeps the working-day sum to once an assessment, not once
 * a period.
 */
const assessmentsAuthorised = (columns: Columns, breakdown?: Breakdown) => sql`
  select p.key as period, a.child_id, ${columns}
    ${breakdownColumn(breakdown, sql.ref('a.child_id'), sql.ref('a.authorisation_date'))}
  from (select a.child_id, a.authorisation_date, a.child_seen_alone,
      ${withinWorkingDays(sql.ref('r.referral_date'), sql.ref('a.authorisation_date'), 45)} as within_45_days
    from assessments a join referrals r on r.id = a.referral_id
    where a.authorisation_date >= ${firstPeriodDay} offset 0) a
  join ${periodDays} p on p.day = a.authorisation_date`;

/** Section 47 enquiries by a day of theirs (started, ended), with whether an initial conference followed. */
const enquiries = (on: 'start_date' | 'end_date', columns: Columns, breakdown?: Breakdown) => sql`
  select p.key as period, s.child_id, ${columns}
    ${breakdownColumn(breakdown, sql.ref('s.child_id'), sql.ref(`s.${on}`))}
  from (select s.child_id, s.start_date, s.end_date, c.id is not null as conference_followed
    from section_47_enquiries s
    left join child_protection_conferences c
      on c.section_47_enquiry_id = s.id and c.type = 'initial' and c.conference_date >= s.start_date
    where ${sql.ref(`s.${on}`)} >= ${firstPeriodDay}) s
  join ${periodDays} p on p.day = ${sql.ref(`s.${on}`)}`;

/** The category breakdown's group: the plan's category of abuse, as the CIN census names it. */
const categoryColumn = (column: 'initial_category' | 'latest_category') =>
  sql`, ${codeLabel(sql.ref(`cp.${column}`), codeEntries(categoriesOfAbuse))} as category`;

/** Child protection plans by a day of theirs (started, ended), each knowing the child's previous plan. */
const plansBy = (on: 'start_date' | 'end_date', columns: Columns, breakdown?: Breakdown) => sql`
  select p.key as period, cp.child_id, ${columns}
    ${breakdown === 'category' ? categoryColumn('initial_category') : breakdownColumn(breakdown, sql.ref('cp.child_id'), sql.ref(`cp.${on}`))}
  from (select cp.*, lag(start_date) over (partition by child_id order by start_date, id) as previous_start_date
    from child_protection_plans cp) cp
  join ${periodDays} p on p.day = ${sql.ref(`cp.${on}`)}`;

/**
 * Each child on a plan on each period's last day (a plan ending that day has ended). The database
 * refuses a child two plans at once (child_protection_plans_no_overlap), so each row is one child
 * and the rows are summed, not counted distinct (a sort of every row × period).
 */
const plansAsAt = (breakdown?: Breakdown) => sql`
  select p.key as period, cp.child_id, ${counted}
    ${breakdown === 'category' ? categoryColumn('latest_category') : breakdownColumn(breakdown, sql.ref('cp.child_id'), sql.ref('p.ends'))}
  from child_protection_plans cp ${standingOn(sql.ref('cp.start_date'), sql.ref('cp.end_date'))}
  where cp.end_date is null or cp.end_date > ${firstPeriodDay}`;

/**
 * Each plan's visit chain: the plan's start, then each child protection visit at which the child
 * was seen while it lasted, each link standing until the next (or the plan's end). On a day the
 * plan is open, the child's visit clock runs from the link that day falls in (as the cp-visit
 * standard counts it). Links that end within their own month stand on no period's last day.
 */
const visitChains = sql`(select * from (select cp.child_id, link.on_day,
    least(lead(link.on_day) over (partition by cp.id order by link.on_day), cp.end_date) as until
  from child_protection_plans cp
  cross join lateral (
    select cp.start_date as on_day
    union all
    select v.visit_date from visits v
    where v.child_id = cp.child_id and v.purpose = 'child-protection' and v.child_seen
      and v.visit_date >= cp.start_date and (cp.end_date is null or v.visit_date <= cp.end_date)
  ) link
  where cp.end_date is null or cp.end_date > ${firstPeriodDay}) links
  where until is null or until > (date_trunc('month', on_day::timestamp) + interval '1 month' - interval '1 day')::date)`;

/**
 * Children in need: a CIN episode (referral) open on each period's last day, not closed with no
 * further action. A child's referrals never overlap (referrals_no_overlap): each row is one child.
 */
const inNeedAsAt = (breakdown?: Breakdown) => sql`
  select p.key as period, r.child_id, ${counted}
    ${breakdownColumn(breakdown, sql.ref('r.child_id'), sql.ref('p.ends'))}
  from referrals r ${standingOn(sql.ref('r.referral_date'), sql.ref('r.closure_date'))}
  where not r.no_further_action and (r.closure_date is null or r.closure_date > ${firstPeriodDay})`;

export const protectionIndicators: Indicator[] = [
  {
    id: 'assessments-authorised',
    title: 'Assessments authorised',
    group: 'protection',
    definition: 'Single assessments authorised by a manager in the period (the day of authorisation).',
    source: 'DfE CIN census: assessment authorisation date',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => assessmentsAuthorised(counted, breakdown),
  },
  {
    id: 'assessments-within-45-days',
    title: 'Assessments within 45 working days',
    group: 'protection',
    definition:
      'Of the assessments authorised in the period, the percentage authorised on or before the 45th working day after the referral date (the referral day is day 0; weekends and bank holidays are not working days).',
    source: 'DfE CIN census: assessments completed within 45 working days; Working Together 2023, chapter 2',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => assessmentsAuthorised(percentOf(sql.ref('a.within_45_days')), breakdown),
  },
  {
    id: 'assessments-open-past-45-days',
    title: 'Open assessments past 45 working days',
    group: 'protection',
    definition:
      'Assessments started but not authorised on the last day of the period, of referrals still open, that day being later than the 45th working day after the referral date.',
    source: 'Council performance report (open and overdue assessments); Working Together 2023, chapter 2',
    unit: 'count',
    polarity: 'lower',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => sql`
      select p.key as period, a.child_id,
        case when ${withinWorkingDays(sql.ref('a.referral_date'), sql.ref('p.ends'), 45)} then 0 else 1 end as numerator,
        0 as denominator ${breakdownColumn(breakdown, sql.ref('a.child_id'), sql.ref('p.ends'))}
      from (select a.child_id, a.start_date, a.authorisation_date, r.referral_date, r.closure_date
        from assessments a join referrals r on r.id = a.referral_id
        where (a.authorisation_date is null or a.authorisation_date > ${firstPeriodDay})
          and (r.closure_date is null or r.closure_date > ${firstPeriodDay})
          -- Only an assessment not authorised in time is ever open past its 45 days.
          and not ${withinWorkingDays(sql.ref('r.referral_date'), sql.ref('a.authorisation_date'), 45)}) a
      ${standingOn(sql.ref('a.start_date'), sql`least(a.authorisation_date, a.closure_date)`)}`,
  },
  {
    id: 'section-47-enquiries',
    title: 'Section 47 enquiries',
    group: 'protection',
    definition: 'Section 47 enquiries started in the period, one for each child.',
    source: 'DfE CIN census: section 47 enquiries',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => enquiries('start_date', counted, breakdown),
  },
  {
    id: 'section-47-rate',
    title: 'Section 47 enquiries per 10,000 children',
    group: 'protection',
    definition: 'Section 47 enquiries started in the period per 10,000 children aged 0–17 (ONS mid-year estimate).',
    source: 'DfE CIN census: section 47 enquiries; rate per 10,000',
    unit: 'rate10k',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['locality'],
    rows: (breakdown) => enquiries('start_date', counted, breakdown),
  },
  {
    id: 'section-47-to-conference',
    title: 'Section 47 enquiries leading to an initial conference',
    group: 'protection',
    definition:
      'Of the section 47 enquiries that ended in the period, the percentage for which an initial child protection conference was held (a conference recorded for the enquiry, on or after its start, whenever held).',
    source: 'DfE CIN census: section 47 enquiries and initial child protection conferences',
    unit: 'percent',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => enquiries('end_date', percentOf(sql.ref('s.conference_followed')), breakdown),
  },
  {
    id: 'conferences-within-15-days',
    title: 'Initial conferences within 15 working days',
    group: 'protection',
    definition:
      'Of the initial child protection conferences held in the period, the percentage held on or before the 15th working day after the strategy discussion that started the section 47 enquiry (each enquiry counted separately; conferences dated before the enquiry, or with no enquiry, are left out).',
    source: 'DfE CIN census: InitialCPCTarget; Working Together 2023, chapter 2',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => sql`
      select p.key as period, c.child_id,
        ${percentOf(withinWorkingDays(sql.ref('c.discussion_date'), sql.ref('c.conference_date'), 15))}
        ${breakdownColumn(breakdown, sql.ref('c.child_id'), sql.ref('c.conference_date'))}
      from (select c.child_id, c.conference_date, d.held_date as discussion_date
        from child_protection_conferences c
        join section_47_enquiries s on s.id = c.section_47_enquiry_id and c.conference_date >= s.start_date
        join strategy_discussions d on d.id = s.strategy_discussion_id
        where c.type = 'initial' and c.conference_date >= ${firstPeriodDay}) c
      join ${periodDays} p on p.day = c.conference_date`,
  },
  {
    id: 'child-protection-plans',
    title: 'Children on child protection plans',
    group: 'protection',
    definition:
      'Children the subject of a child protection plan on the last day of the period, each child once. A plan ending that day is not counted. By category: the plan’s latest category of abuse as now recorded.',
    source: 'DfE CIN census: children the subject of a child protection plan at 31 March (or any date)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'stock',
    breakdowns: ['team', 'locality', 'category'],
    rows: (breakdown) => plansAsAt(breakdown),
  },
  {
    id: 'child-protection-plan-rate',
    title: 'Children on child protection plans per 10,000 children',
    group: 'protection',
    definition:
      'Children the subject of a child protection plan on the last day of the period per 10,000 children aged 0–17.',
    source: 'DfE CIN census; rate per 10,000',
    unit: 'rate10k',
    polarity: 'neutral',
    measure: 'stock',
    breakdowns: ['locality'],
    rows: (breakdown) => plansAsAt(breakdown),
  },
  {
    id: 'child-protection-plans-repeat',
    title: 'Child protection plans, second or subsequent',
    group: 'protection',
    definition:
      'Of the child protection plans that started in the period, the percentage for a child who had had a plan in this council before, however long ago. By category: the initial category of abuse.',
    source: 'DfE CIN census: second or subsequent child protection plans',
    unit: 'percent',
    polarity: 'lower',
    measure: 'flow',
    breakdowns: ['team', 'locality', 'category'],
    rows: (breakdown) => plansBy('start_date', percentOf(sql`cp.previous_start_date is not null`), breakdown),
  },
  {
    id: 'child-protection-plans-two-years',
    title: 'Child protection plans ending after 2 years or more',
    group: 'protection',
    definition:
      'Of the child protection plans that ended in the period, the percentage that had lasted 2 years or more (ended on or after the second anniversary of the start).',
    source: 'DfE CIN census: child protection plans ceasing, by duration',
    unit: 'percent',
    polarity: 'lower',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) =>
      plansBy('end_date', percentOf(sql`cp.end_date >= cp.start_date + interval '2 years'`), breakdown),
  },
  {
    id: 'child-protection-visits-on-time',
    title: 'Child protection visits on time',
    group: 'protection',
    definition:
      'Of the children on a child protection plan on the last day of the period, the percentage whose child protection visit was not overdue that day: seen on a child protection visit (or the plan started) no more than the council’s standard number of working days before (10 unless the council has changed it).',
    source: 'Local standard (council timescale settings: child protection visits)',
    unit: 'percent',
    polarity: 'higher',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => sql`
      select p.key as period, c.child_id,
        ${percentOf(withinWorkingDays(sql.ref('c.on_day'), sql.ref('p.ends'), councilStandard('childProtectionVisitWorkingDays')))}
        ${breakdownColumn(breakdown, sql.ref('c.child_id'), sql.ref('p.ends'))}
      from ${visitChains} c ${standingOn(sql.ref('c.on_day'), sql.ref('c.until'))}`,
  },
  {
    id: 'children-in-need',
    title: 'Children in need',
    group: 'protection',
    definition:
      'Children with an episode of need open on the last day of the period (a referral not yet closed and not closed with no further action), including children on a plan and children looked after, as the CIN census counts them; each child once.',
    source: 'DfE CIN census: children in need at 31 March (or any date)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => inNeedAsAt(breakdown),
  },
  {
    id: 'children-in-need-rate',
    title: 'Children in need per 10,000 children',
    group: 'protection',
    definition: 'Children in need on the last day of the period per 10,000 children aged 0–17.',
    source: 'DfE CIN census; rate per 10,000',
    unit: 'rate10k',
    polarity: 'neutral',
    measure: 'stock',
    breakdowns: ['locality'],
    rows: (breakdown) => inNeedAsAt(breakdown),
  },
  {
    id: 'assessments-seen-alone',
    title: 'Children seen alone during assessment',
    group: 'protection',
    definition: 'Of the assessments authorised in the period, the percentage in which the child was seen alone.',
    source: 'Council practice standard (the child seen alone during assessment)',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => assessmentsAuthorised(percentOf(sql.ref('a.child_seen_alone')), breakdown),
  },
];
