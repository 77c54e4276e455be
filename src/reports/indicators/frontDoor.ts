// Front door and early help indicators (CIN census definitions: timescales.md "DfE statistical definitions").
import { sql } from 'kysely';
import { codeEntries } from '../../core/codeLists.ts';
import { harbourTimeZone } from '../../core/clock.ts';
import { referralSources } from '../../areas/assessment/index.ts';
import { levelsOfNeed } from '../../areas/frontdoor/index.ts';
import type { Breakdown, Indicator } from './model.ts';
import {
  breakdownColumn,
  codeLabel,
  counted,
  firstPeriodDay,
  lastPeriodDay,
  percentOf,
  periodDays,
  withinWorkingDays,
} from './sqlParts.ts';

/** Referrals made in each period. */
const referralRows = (columns: ReturnType<typeof sql>, breakdown?: Breakdown, referrals = sql`referrals`) => sql`
  select p.key as period, r.child_id, ${columns}
    ${breakdownColumn(breakdown, sql.ref('r.child_id'), sql.ref('r.referral_date'))}
  from ${referrals} r join ${periodDays} p on p.day = r.referral_date`;

/**
 * Referrals knowing the child's previous referral date: a window over each child's referrals,
 * computed once per referral (not once per period it falls in), from 12 months before the first
 * period (an older referral cannot make a re-referral).
 */
const referralsWithPrevious = sql`(select referrals.*,
    lag(referral_date) over (partition by child_id order by referral_date, id) as previous_referral_date
  from referrals where referral_date >= ${firstPeriodDay} - interval '12 months')`;

/** Within 12 months of the previous referral: on or after the same date a year before. */
const isReReferral = sql`r.previous_referral_date >= r.referral_date - interval '12 months'`;

/** The English calendar date of a moment (contacts are timestamped; their timescale is in days). */
const londonDate = (at: ReturnType<typeof sql>) => sql`(${at} at time zone ${harbourTimeZone})::date`;

/**
 * Each child a contact concerns, with the day it was received in England and whether it was decided
 * within 1 working day: a contact about three brothers and sisters is three children's contacts, as
 * referrals are counted per child. Only contacts received within the periods are read (an index
 * range on received_at); `offset 0` keeps the working-day sum to once a contact, not once a period.
 */
const childrensContacts = sql`(select cc.child_id, c.source, c.level_of_need, c.received_on,
    ${withinWorkingDays(sql.ref('c.received_on'), londonDate(sql.ref('d.decided_at')), 1)} as decided_in_time
  from (select contacts.*, ${londonDate(sql`received_at`)} as received_on from contacts
    where received_at >= ${firstPeriodDay}::timestamp at time zone ${harbourTimeZone}
      and received_at < (${lastPeriodDay} + 1)::timestamp at time zone ${harbourTimeZone}) c
  join contact_children cc on cc.contact_id = c.id
  left join contact_decisions d on d.contact_id = c.id
  offset 0)`;

const sourceLabels = codeEntries(referralSources).map(([code, label]) => [code, `${code}: ${label}`] as const);
const levelLabels = codeEntries(levelsOfNeed).map(([level, label]) => [level, `Level ${level}: ${label}`] as const);

/** A contact's breakdowns: its source and level of need (its own columns), or the child's locality. */
function contactBreakdown(breakdown: Breakdown | undefined) {
  if (breakdown === 'contact-source') return sql`, ${codeLabel(sql.ref('c.source'), sourceLabels)} as "contact-source"`;
  if (breakdown === 'level-of-need')
    return sql`, ${codeLabel(sql.ref('c.level_of_need'), levelLabels)} as "level-of-need"`;
  return breakdownColumn(breakdown, sql.ref('c.child_id'), sql.ref('c.received_on'));
}

/** Early help episodes by the day something happened to them (started, stepped up, stepped down). */
const earlyHelpRows = (
  on: 'start_date' | 'stepped_up_on' | 'stepped_down_on',
  columns: ReturnType<typeof sql>,
  breakdown?: Breakdown,
  episodes = sql`early_help_episodes`,
) => sql`
  select p.key as period, e.child_id, ${columns}
    ${breakdownColumn(breakdown, sql.ref('e.child_id'), sql.ref(`e.${on}`))}
  from ${episodes} e join ${periodDays} p on p.day = ${sql.ref(`e.${on}`)}`;

/**
 * Early help episodes knowing when the child's previous episode ended (a child's episodes never
 * overlap), read from 12 months before the first period: an episode that ended earlier cannot
 * make a re-referral.
 */
const earlyHelpWithPreviousEnd = sql`(select early_help_episodes.*,
    lag(end_date) over (partition by child_id order by start_date, id) as previous_end_date
  from early_help_episodes
  where end_date is null or end_date >= ${firstPeriodDay} - interval '12 months')`;

export const frontDoorIndicators: Indicator[] = [
  {
    id: 'contacts',
    title: 'Contacts',
    group: 'front-door',
    definition:
      'Contacts received by the front door in the period, counted once for each child a contact concerns (a contact about three brothers and sisters counts three), as referrals are counted.',
    source: 'Council performance report (contacts by month, source and level of need)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['contact-source', 'level-of-need', 'locality'],
    rows: (breakdown) => sql`
      select p.key as period, c.child_id, ${counted} ${contactBreakdown(breakdown)}
      from ${childrensContacts} c join ${periodDays} p on p.day = c.received_on`,
  },
  {
    id: 'contact-decisions-in-time',
    title: 'Contact decisions within 1 working day',
    group: 'front-door',
    definition:
      'Of the children’s contacts received in the period, the percentage decided by the end of the next working day after the day received (received on a weekend or bank holiday: by the end of the first working day after it). Days are English calendar days; a contact not yet decided is not in time.',
    source: 'Working Together to Safeguard Children 2023, chapter 2 (decision within one working day)',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['contact-source', 'level-of-need'],
    rows: (breakdown) => sql`
      select p.key as period, c.child_id,
        ${percentOf(sql.ref('c.decided_in_time'))} ${contactBreakdown(breakdown)}
      from ${childrensContacts} c join ${periodDays} p on p.day = c.received_on`,
  },
  {
    id: 'referrals',
    title: 'Referrals',
    group: 'front-door',
    definition:
      'Referrals to children’s social care made in the period: requests for services for a child not already open to social care.',
    source: 'DfE CIN census: referral',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => referralRows(counted, breakdown),
  },
  {
    id: 'referral-rate',
    title: 'Referrals per 10,000 children',
    group: 'front-door',
    definition: 'Referrals made in the period per 10,000 children aged 0–17 (ONS mid-year estimate).',
    source: 'DfE CIN census: referral; rate per 10,000',
    unit: 'rate10k',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['locality'],
    rows: (breakdown) => referralRows(counted, breakdown),
  },
  {
    id: 're-referrals',
    title: 'Re-referrals within 12 months',
    group: 'front-door',
    definition:
      'Of the referrals made in the period, the percentage made within 12 months of the child’s previous referral (a referral exactly 12 months after the previous one counts).',
    source: 'DfE CIN census: re-referral',
    unit: 'percent',
    polarity: 'lower',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => referralRows(percentOf(isReReferral), breakdown, referralsWithPrevious),
  },
  {
    id: 'referrals-nfa',
    title: 'Referrals closed with no further action',
    group: 'front-door',
    definition: 'Of the referrals made in the period, the percentage closed with no further action (ReferralNFA).',
    source: 'DfE CIN census: ReferralNFA',
    unit: 'percent',
    polarity: 'lower',
    measure: 'flow',
    rows: (breakdown) => referralRows(percentOf(sql.ref('r.no_further_action')), breakdown),
  },
  {
    id: 'early-help-started',
    title: 'Early help episodes started',
    group: 'front-door',
    definition:
      'Episodes of targeted early help that started in the period, one for each child (stepped down from social care or not).',
    source: 'Council performance report (families worked with at targeted early help)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['locality'],
    rows: (breakdown) => earlyHelpRows('start_date', counted, breakdown),
  },
  {
    id: 'early-help-stepped-up',
    title: 'Stepped up from early help to social care',
    group: 'front-door',
    definition:
      'Episodes of early help stepped up to children’s social care in the period (the day of the step up), one for each child.',
    source: 'Council performance report (escalation from early help to social care)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['locality'],
    rows: (breakdown) => earlyHelpRows('stepped_up_on', counted, breakdown),
  },
  {
    id: 'early-help-stepped-down',
    title: 'Stepped down from social care to early help',
    group: 'front-door',
    definition:
      'Episodes of early help that began in the period as a step down from children’s social care, one for each child.',
    source: 'Council performance report (step down to early help)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['locality'],
    rows: (breakdown) => earlyHelpRows('stepped_down_on', counted, breakdown),
  },
  {
    id: 'early-help-re-referrals',
    title: 'Re-referrals to early help within 12 months',
    group: 'front-door',
    definition:
      'Of the early help episodes started in the period, the percentage starting within 12 months of the end of the child’s previous episode (starting exactly 12 months after it counts).',
    source: 'Council performance report (re-referral rate to targeted early help)',
    unit: 'percent',
    polarity: 'lower',
    measure: 'flow',
    breakdowns: ['locality'],
    rows: (breakdown) =>
      earlyHelpRows(
        'start_date',
        percentOf(sql`e.previous_end_date >= e.start_date - interval '12 months'`),
        breakdown,
        earlyHelpWithPreviousEnd,
      ),
  },
];
