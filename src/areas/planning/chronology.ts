import type { ChronologySource } from '../../platform/records/chronology.ts';
import { childEvent, inDateOrder, rowsWithin } from '../../platform/records/chronology.ts';
import { planTypes, type PlanType } from './codes.ts';
import { longDate } from '../../core/dateText.ts';

/**
 * CIN plans started, reviewed and ended; plan actions recorded and done; a CIN or CP plan's
 * versions submitted, and authorised or returned. An action falling overdue is a timescale, not an
 * event, so it is not here; nor is a version replaced before a decision (the next one says so).
 */
export const planningChronology: ChronologySource = async (db, childIds, reach) => {
  if (childIds.length === 0) return [];
  const [plans, reviews, actions, versions] = await Promise.all([
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
    rowsWithin(
      reach,
      // Not the plans' words (up to 15,000 characters a version): the lines say only why each changed or went back.
      db
        .selectFrom('plan_versions')
        .select([
          'id',
          'child_id',
          'plan_type',
          'number',
          'change_reason',
          'submitted_date',
          'decision',
          'decision_date',
          'return_reason',
        ])
        .where('child_id', 'in', childIds)
        .orderBy('id'),
      'submitted_date',
      'decision_date',
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
    ...versions.flatMap((version) => {
      const plan = `${planTypes[version.plan_type as PlanType]} (version ${version.number})`;
      const submitted = version.change_reason
        ? `${plan} changed and submitted for authorisation: ${version.change_reason}`
        : `${plan} written and submitted for authorisation`;
      const decided =
        version.decision === 'authorised'
          ? `${plan} authorised`
          : version.decision === 'returned'
            ? `${plan} returned to the worker: ${version.return_reason}`
            : undefined;
      return [
        childEvent('plan_versions', version, version.submitted_date, 'plan-version', submitted),
        ...(decided && version.decision_date
          ? [childEvent('plan_versions', version, version.decision_date, 'plan-version', decided)]
          : []),
      ];
    }),
  ]);
};
