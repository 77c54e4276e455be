// Front door and early help indicators (CIN census definitions: timescales.md "DfE statistical definitions").
import { sql } from 'kysely';
import type { Indicator } from './model.ts';
import { breakdownColumn } from './sqlParts.ts';

/** Referrals made in each period. */
const referralRows = (
  columns: ReturnType<typeof sql>,
  breakdown?: Parameters<Indicator['rows']>[0],
  referrals = sql`referrals`,
) => sql`
  select p.key as period, r.child_id, ${columns}
    ${breakdownColumn(breakdown, sql.ref('r.child_id'), sql.ref('r.referral_date'))}
  from ${referrals} r join periods p on r.referral_date between p.starts and p.ends`;

/**
 * Referrals knowing the child's previous referral date: a window over each child's referrals,
 * computed once per referral (not once per period it falls in), from 12 months before the first
 * period (an older referral cannot make a re-referral).
 */
const referralsWithPrevious = sql`(select referrals.*,
    lag(referral_date) over (partition by child_id order by referral_date, id) as previous_referral_date
  from referrals where referral_date >= (select min(starts) from periods) - interval '12 months')`;

/** Within 12 months of the previous referral: on or after the same date a year before. */
const isReReferral = sql`r.previous_referral_date >= r.referral_date - interval '12 months'`;

export const frontDoorIndicators: Indicator[] = [
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
    rows: (breakdown) => referralRows(sql`1 as numerator, 0 as denominator`, breakdown),
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
    rows: (breakdown) => referralRows(sql`1 as numerator, 0 as denominator`, breakdown),
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
    rows: (breakdown) =>
      referralRows(
        sql`case when ${isReReferral} then 1 else 0 end as numerator, 1 as denominator`,
        breakdown,
        referralsWithPrevious,
      ),
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
    rows: (breakdown) =>
      referralRows(sql`case when r.no_further_action then 1 else 0 end as numerator, 1 as denominator`, breakdown),
  },
];
