// Permanence indicators: adoptions and special guardianship orders, and the DfE adoption
// scorecard's averages A1 and A2 against its thresholds (the permanence area's adoptionScorecard.ts).
import { sql } from 'kysely';
import {
  effectivePlacementOrderSql,
  specialGuardianshipOrdersSql,
  enteredCareToMovedInThreshold,
  placementOrderToMatchThreshold,
} from '../../areas/permanence/index.ts';
import type { Indicator } from './model.ts';
import { breakdownColumn } from './sqlParts.ts';

/**
 * Each adoption plan with the days the scorecard counts: A1 from entering the period of care the
 * decision was made in (`enteredCareForDecision`: the latest period begun on or before the decision)
 * to moving in with the adopters (`movedInWithAdoptersDate`: placed, or earlier under fostering for
 * adoption); A2 from the placement order to the match. The placement order is the plan's own, else the court's (permanence's `effectivePlacementOrderSql`).
 */
const adoptionDays = sql`(select ap.child_id, ap.matched_date, ${effectivePlacementOrderSql('ap')} as placement_order_date,
    least(ap.placed_date, ap.fostering_for_adoption_date) as moved_in_date,
    (select max(pc.start_date) from periods_of_care pc
      where pc.child_id = ap.child_id and pc.start_date <= ap.should_be_placed_date) as entered_care_date
  from adoption_plans ap)`;

export const permanenceIndicators: Indicator[] = [
  {
    id: 'adoptions',
    title: 'Children adopted',
    group: 'permanence',
    definition: 'Children for whom an adoption order was made in the period.',
    source: 'DfE SSDA903 (ceased: adopted, E11 and E12); adoption scorecard',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => sql`
      select p.key as period, ap.child_id, 1 as numerator, 0 as denominator
        ${breakdownColumn(breakdown, sql.ref('ap.child_id'), sql.ref('ap.adoption_order_date'))}
      from adoption_plans ap join periods p on ap.adoption_order_date between p.starts and p.ends`,
  },
  {
    id: 'special-guardianship-orders',
    title: 'Special guardianship orders',
    group: 'permanence',
    definition:
      'Special guardianship orders made in the period for children the council worked with, whether recorded with the care proceedings or on the permanence record, each order once.',
    source: 'DfE SSDA903 (ceased: special guardianship order, E43 and E44)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => sql`
      select p.key as period, s.child_id, 1 as numerator, 0 as denominator
        ${breakdownColumn(breakdown, sql.ref('s.child_id'), sql.ref('s.order_date'))}
      from ${specialGuardianshipOrdersSql} s join periods p on s.order_date between p.starts and p.ends`,
  },
  {
    id: 'adoption-a1-days',
    title: 'Average days from entering care to moving in with adopters (A1)',
    group: 'permanence',
    definition: `Of the children who moved in with their adoptive family in the period, the average number of days from entering the period of care in which the decision that they should be placed for adoption was made. The scorecard’s threshold is ${enteredCareToMovedInThreshold} days.`,
    source: 'DfE adoption scorecard A1',
    unit: 'days',
    polarity: 'lower',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => sql`
      select p.key as period, ap.child_id, (ap.moved_in_date - ap.entered_care_date) as numerator, 1 as denominator
        ${breakdownColumn(breakdown, sql.ref('ap.child_id'), sql.ref('ap.moved_in_date'))}
      from ${adoptionDays} ap join periods p on ap.moved_in_date between p.starts and p.ends
      where ap.entered_care_date is not null`,
  },
  {
    id: 'adoption-a2-days',
    title: 'Average days from placement order to match with adopters (A2)',
    group: 'permanence',
    definition: `Of the children matched with adopters in the period, the average number of days from the placement order (as recorded on the adoption plan) to the match. The scorecard’s threshold is ${placementOrderToMatchThreshold} days.`,
    source: 'DfE adoption scorecard A2',
    unit: 'days',
    polarity: 'lower',
    measure: 'flow',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => sql`
      select p.key as period, ap.child_id, (ap.matched_date - ap.placement_order_date) as numerator, 1 as denominator
        ${breakdownColumn(breakdown, sql.ref('ap.child_id'), sql.ref('ap.matched_date'))}
      from ${adoptionDays} ap join periods p on ap.matched_date between p.starts and p.ends
      where ap.placement_order_date is not null`,
  },
];
