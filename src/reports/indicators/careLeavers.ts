// Care leaver indicators (SSDA903 OC3): young people with a 17th to 21st birthday in the period who
// had left care by it, and what the council knew of them around the birthday.
import { sql, type RawBuilder } from 'kysely';
import { educationEmploymentOrTraining, inTouchWindowSql, oc3Birthdays } from '../../areas/leavingcare/index.ts';
import type { Breakdown, Indicator } from './model.ts';
import { breakdownColumn } from './sqlParts.ts';

/**
 * Each care leaver's OC3 birthdays (those on or after the day they last left care, none of their
 * periods of care still open), with the latest contact in the in-touch window around each
 * (`inTouchWindow`); worked out once (offset 0), not again for every period compared with.
 */
const birthdays = (() => {
  const window = inTouchWindowSql(sql.ref('b.birthday'));
  return sql`(select b.child_id, b.age, b.birthday, k.in_touch, k.accommodation_suitable, k.activity
    from (select cl.child_id, age, (c.date_of_birth + make_interval(years => age))::date as birthday, left_care.on_date
      from care_leavers cl join children c on c.id = cl.child_id
      cross join generate_series(${oc3Birthdays.first}::int, ${oc3Birthdays.last}::int) as age
      join lateral (select max(pc.end_date) as on_date, bool_or(pc.end_date is null) as still_in_care
        from periods_of_care pc where pc.child_id = cl.child_id) left_care on not left_care.still_in_care
    ) b
    left join lateral (select k.in_touch, k.accommodation_suitable, k.activity from care_leaver_contacts k
      where k.child_id = b.child_id and k.contact_date between ${window.opens} and ${window.closes}
      order by (k.in_touch = 'YES') desc, k.contact_date desc, k.id desc limit 1) k on true
    where b.birthday >= b.on_date and b.birthday between (select min(starts) from periods) and (select max(ends) from periods)
    offset 0)`;
})();

const ofBirthdaysInPeriod = (
  numerator: RawBuilder<unknown>,
  breakdown?: Breakdown,
  ages: readonly [number, number] = [oc3Birthdays.first, oc3Birthdays.last],
) => sql`
  select p.key as period, b.child_id, case when ${numerator} then 1 else 0 end as numerator, 1 as denominator
    ${breakdownColumn(breakdown, sql.ref('b.child_id'), sql.ref('b.birthday'))}
  from ${birthdays} b join periods p on b.birthday between p.starts and p.ends
  where b.age between ${ages[0]} and ${ages[1]}`;

const cohort = `care leavers with a ${oc3Birthdays.first}th to ${oc3Birthdays.last}st birthday in the period who had left care by it`;
const window = 'in the window from 3 months before the birthday to 1 month after it';
const inEet = sql`b.activity = any(${[...educationEmploymentOrTraining]}::text[])`;

const eet = (first: number, last: number): Indicator => ({
  id: `care-leavers-eet-${first}-${last}`,
  title: `Care leavers aged ${first} to ${last} in education, employment or training`,
  group: 'care-leavers',
  definition: `Of the care leavers with a ${first}th to ${last}${last === 21 ? 'st' : 'th'} birthday in the period who had left care by it, the percentage whose main activity, at the latest contact ${window}, was education, employment or training.`,
  source: 'DfE SSDA903 OC3: ACTIV',
  unit: 'percent',
  polarity: 'higher',
  measure: 'flow',
  breakdowns: ['team', 'locality'],
  rows: (breakdown) => ofBirthdaysInPeriod(inEet, breakdown, [first, last]),
});

export const careLeaverIndicators: Indicator[] = [
  {
    id: 'care-leavers-in-touch',
    title: 'Care leavers in touch',
    group: 'care-leavers',
    definition: `Of the ${cohort}, the percentage the council was in touch with ${window}.`,
    source: 'DfE SSDA903 OC3: IN_TOUCH',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => ofBirthdaysInPeriod(sql`b.in_touch = 'YES'`, breakdown),
  },
  {
    id: 'care-leavers-suitable-accommodation',
    title: 'Care leavers in suitable accommodation',
    group: 'care-leavers',
    definition: `Of the ${cohort}, the percentage whose accommodation, at the latest contact ${window}, was judged suitable.`,
    source: 'DfE SSDA903 OC3: ACCOM (suitable)',
    unit: 'percent',
    polarity: 'higher',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => ofBirthdaysInPeriod(sql`b.accommodation_suitable`, breakdown),
  },
  eet(17, 18),
  eet(19, 21),
  {
    id: 'pathway-plans-up-to-date',
    title: 'Care leavers with an up-to-date pathway plan',
    group: 'care-leavers',
    definition:
      'Of the care leavers with a pathway plan on the last day of the period (their service not ended), the percentage with no review of the plan overdue that day. Read from the stored due items.',
    source: 'Care Leavers (England) Regulations 2010',
    unit: 'percent',
    polarity: 'higher',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => sql`
      select periods.key as period, s.* from (
        select p.ends, cl.child_id, case when count(d.due_on) = 0 then 1 else 0 end as numerator, 1 as denominator
          ${breakdownColumn(breakdown, sql.ref('cl.child_id'), sql.ref('p.ends'))}
        from care_leavers cl
        join (select child_id, min(plan_date) as first_plan_date from pathway_plans group by child_id) pp on pp.child_id = cl.child_id
        join (select distinct ends from periods) p on pp.first_plan_date <= p.ends
          and (cl.service_end_date is null or cl.service_end_date > p.ends)
        left join (select child_id, due_on, met_on from due_items where rule = 'pathway-plan-review'
            and due_on < (select max(ends) from periods) and (met_on is null or met_on > (select min(ends) from periods))) d
          on d.child_id = cl.child_id and d.due_on < p.ends and (d.met_on is null or d.met_on > p.ends)
        group by p.ends, cl.child_id) s
      join periods on periods.ends = s.ends`,
  },
];
