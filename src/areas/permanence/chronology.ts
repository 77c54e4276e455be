// Permanence milestones in a child's chronology.
import type { ChronologyEvent, ChronologySource } from '../../platform/records/chronology.ts';
import { described } from '../../platform/records/plainData.ts';
import {
  adoptionPlanChangeReasons,
  permanencePlanTypes,
  reasonsPlacedForAdoptionCeased,
  siblingPlacedCodes,
  type SiblingPlaced,
} from './codes.ts';
import type { AdoptionPlanRow } from './schema.ts';

function adoptionMilestones(row: AdoptionPlanRow): ChronologyEvent[] {
  const milestones: [string | null, string][] = [
    [row.should_be_placed_date, 'Agency decision maker decided the child should be placed for adoption'],
    [row.fostering_for_adoption_date, 'Placed with carers approved as prospective adopters (fostering for adoption)'],
    [row.placement_order_date, 'Placement order granted'],
    [row.matched_date, 'Matched with prospective adopters'],
    [row.placed_date, 'Placed for adoption'],
    [row.adoption_order_date, 'Adoption order made'],
  ];
  if (row.ended_date && row.plan_change_reason) {
    const ceased = row.reason_placed_ceased
      ? `; placement for adoption ceased: ${described(reasonsPlacedForAdoptionCeased, row.reason_placed_ceased)}`
      : '';
    milestones.push([
      row.ended_date,
      `Plan for adoption ended: ${adoptionPlanChangeReasons[row.plan_change_reason as keyof typeof adoptionPlanChangeReasons]}${ceased}`,
    ]);
  }
  return milestones
    .filter((milestone): milestone is [string, string] => milestone[0] !== null)
    .map(([date, summary]) => ({
      date,
      type: 'adoption',
      summary,
      childIds: [row.child_id],
      recordType: 'adoption_plans',
      recordId: row.id,
    }));
}

export const permanenceChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const [plans, adoptionPlans, orders, assessments, fostering, siblings] = await Promise.all([
    db.selectFrom('permanence_plans').selectAll().where('child_id', 'in', childIds).execute(),
    db.selectFrom('adoption_plans').selectAll().where('child_id', 'in', childIds).execute(),
    db.selectFrom('special_guardianship_orders').selectAll().where('child_id', 'in', childIds).execute(),
    db.selectFrom('special_guardian_assessments').selectAll().where('child_id', 'in', childIds).execute(),
    db.selectFrom('long_term_fostering_confirmations').selectAll().where('child_id', 'in', childIds).execute(),
    db.selectFrom('sibling_placements').selectAll().where('child_id', 'in', childIds).execute(),
  ]);
  const events: ChronologyEvent[] = [
    ...plans.map((plan) => ({
      date: plan.start_date,
      type: 'permanence-plan',
      summary: `Permanence plan: ${permanencePlanTypes[plan.plan_type as keyof typeof permanencePlanTypes]}`,
      childIds: [plan.child_id],
      recordType: 'permanence_plans',
      recordId: plan.id,
    })),
    ...adoptionPlans.flatMap(adoptionMilestones),
    ...orders.map((order) => ({
      date: order.order_date,
      type: 'special-guardianship',
      summary: 'Special guardianship order made',
      childIds: [order.child_id],
      recordType: 'special_guardianship_orders',
      recordId: order.id,
    })),
    ...assessments.flatMap((assessment) =>
      [
        [assessment.started_date, 'started'],
        [assessment.completed_date, 'completed'],
      ].flatMap(([date, step]) =>
        date
          ? [
              {
                date,
                type: 'special-guardianship',
                summary: `Assessment of ${assessment.special_guardian} as special guardian ${step}`,
                childIds: [assessment.child_id],
                recordType: 'special_guardian_assessments',
                recordId: assessment.id,
              },
            ]
          : [],
      ),
    ),
    ...fostering.map((row) => ({
      date: row.confirmed_date,
      type: 'long-term-fostering',
      summary: 'Long-term fostering confirmed',
      childIds: [row.child_id],
      recordType: 'long_term_fostering_confirmations',
      recordId: row.id,
    })),
    // Each child's own row: the decision is on every sibling's record without naming the others.
    ...siblings.map((row) => ({
      date: row.decided_date,
      type: 'siblings-placed',
      summary: `Brothers and sisters: ${siblingPlacedCodes[row.placed as SiblingPlaced]}${row.reason ? ` (${row.reason})` : ''}`,
      childIds: [row.child_id],
      recordType: 'sibling_placements',
      recordId: row.id,
    })),
  ];
  return events.sort((a, b) => a.date.localeCompare(b.date));
};
