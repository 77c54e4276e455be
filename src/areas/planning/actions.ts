import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import type { Child } from '../../platform/web/childPages.ts';
import type { ChildTimescales } from '../../platform/records/childTimescales.ts';
import type { PlanType } from './codes.ts';
import type { PlanAction } from './schema.ts';

/**
 * The child's plan actions that are overdue today, as the timescale engine says (the plan-action
 * rule: not done by the due date, on a plan that had not ended by then), earliest due first.
 */
export async function overduePlanActions(
  timescales: ChildTimescales,
  db: Kysely<Database>,
  childId: number,
  today: Temporal.PlainDate,
): Promise<PlanAction[]> {
  const overdue = new Set(
    (await timescales.dueItemsOfChild(db, childId, today))
      .filter((item) => item.rule === 'plan-action' && item.status === 'overdue')
      .map((item) => Number(item.recordId)),
  );
  if (overdue.size === 0) return [];
  return db
    .selectFrom('plan_actions')
    .selectAll()
    .where('id', 'in', [...overdue])
    .orderBy('due_date')
    .orderBy('id')
    .execute();
}

/** The path segment of each kind of plan whose actions Harbour's pages show. */
export const planPaths = {
  'child-in-need': 'child-in-need-plans',
  'child-protection': 'child-protection-plans',
} as const satisfies Partial<Record<PlanType, string>>;
export type PagedPlanType = keyof typeof planPaths;

/** A plan's actions for its page: each with its owner, and overdue ones tagged and counted. */
export async function planActionsView(
  timescales: ChildTimescales,
  db: Kysely<Database>,
  child: Child,
  planType: PagedPlanType,
  planId: number,
  today: Temporal.PlainDate,
) {
  const [actions, overdue] = await Promise.all([
    db
      .selectFrom('plan_actions')
      .leftJoin('users', 'users.id', 'plan_actions.owner_user_id')
      .selectAll('plan_actions')
      .select('users.display_name as owner_user_name')
      .where('plan_actions.child_id', '=', child.id)
      .where('plan_type', '=', planType)
      .where('plan_id', '=', planId)
      .orderBy('due_date')
      .orderBy('plan_actions.id')
      .execute(),
    overduePlanActions(timescales, db, child.id, today),
  ]);
  const overdueIds = new Set(overdue.map((action) => action.id));
  return {
    path: `/children/${child.id}/${planPaths[planType]}/${planId}/actions`,
    overdueCount: actions.filter((action) => overdueIds.has(action.id)).length,
    list: actions.map((action) => ({
      ...action,
      owner: action.owner_user_name ?? action.owner_name,
      overdue: overdueIds.has(action.id),
    })),
  };
}
