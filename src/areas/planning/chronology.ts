import type { ChronologySource } from '../../platform/records/chronology.ts';
import { childEvent, inDateOrder, rowsWithin } from '../../platform/records/chronology.ts';
import { planTypes, type PlanType } from './codes.ts';
import { longDate } from '../../core/dateText.ts';

/**
 * CIN plans started, reviewed and ended; plan actions recorded and done. An action falling
 * overdue is a timescale, not an event, so it is not here.
 */
export const planningChronology: ChronologySource = async (db, childIds, reach) => {
  if (childIds.length === 0) return [];
  const [plans, reviews, actions] = await Promise.all([
    rowsWithin(
      reach,
      db.selectFrom('cin_plans').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'start_date',
      'end_date',
    ),
    rowsWithin(
      reach,
      db.selectFrom('cin_plan_reviews').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'review_date',
    ),
    rowsWithin(
      reach,
      db.selectFrom('plan_actions').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'recorded_date',
      'done_date',
    ),
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
          `Action added to the ${plan}: ${action.description} (due ${longDate(action.due_date)})`,
        ),
        ...(action.done_date
          ? [childEvent('plan_actions', action, action.done_date, 'plan-action', `Action done: ${action.description}`)]
          : []),
      ];
    }),
  ]);
};
