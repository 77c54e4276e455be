import type { ChronologySource } from '../../platform/records/chronology.ts';
import { childEvent, inDateOrder } from '../../platform/records/chronology.ts';
import { planTypes, visitPurposes, type PlanType, type VisitPurpose } from './codes.ts';

function seenWording(visit: { child_seen: boolean; seen_alone: boolean }): string {
  if (visit.seen_alone) return 'child seen alone';
  return visit.child_seen ? 'child seen' : 'child not seen';
}

/**
 * CIN plans started, reviewed and ended; visits; plan actions recorded and done. An action falling
 * overdue is a timescale, not an event, so it is not here.
 */
export const planningChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const [plans, reviews, actions, visits] = await Promise.all([
    db.selectFrom('cin_plans').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
    db.selectFrom('cin_plan_reviews').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
    db.selectFrom('plan_actions').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
    db.selectFrom('visits').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
  ]);
  return inDateOrder([
    ...plans.flatMap((plan) => [
      childEvent('cin_plans', plan, plan.start_date, 'child-in-need-plan', 'Child in need plan started'),
      ...(plan.end_date
        ? [childEvent('cin_plans', plan, plan.end_date, 'child-in-need-plan', 'Child in need plan ended')]
        : []),
    ]),
    ...reviews.map((review) =>
      childEvent(
        'cin_plan_reviews',
        review,
        review.review_date,
        'child-in-need-plan-review',
        `Child in need plan reviewed${review.notes ? `: ${review.notes}` : ''}`,
      ),
    ),
    ...actions.flatMap((action) => {
      const plan = planTypes[action.plan_type as PlanType].toLowerCase();
      return [
        childEvent(
          'plan_actions',
          action,
          action.recorded_date,
          'plan-action',
          `Action added to the ${plan}: ${action.description} (due ${action.due_date})`,
        ),
        ...(action.done_date
          ? [childEvent('plan_actions', action, action.done_date, 'plan-action', `Action done: ${action.description}`)]
          : []),
      ];
    }),
    ...visits.map((visit) =>
      childEvent(
        'visits',
        visit,
        visit.visit_date,
        'visit',
        `Visit (${visitPurposes[visit.purpose as VisitPurpose].toLowerCase()}): ${seenWording(visit)}${visit.wishes_and_feelings ? `. Wishes and feelings: ${visit.wishes_and_feelings}` : ''}`,
      ),
    ),
  ]);
};
