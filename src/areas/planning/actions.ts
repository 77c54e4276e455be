import { sql, type Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import type { Child } from '../../platform/web/childPages.ts';
import type { ChildTimescales } from '../../platform/records/childTimescales.ts';
import { ownerAsRecorded, type ActionOwnerKind, type PlanType } from './codes.ts';
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

/** The table each of those plans is kept in (a CP plan is the protection area's: its actions and versions name it). */
export const planTables = {
  'child-in-need': 'cin_plans',
  'child-protection': 'child_protection_plans',
} as const satisfies Record<PagedPlanType, string>;

/** Plan actions with what names their owner (the account columns for owners recorded before 0066). */
export const actionsWithOwners = (db: Kysely<Database>) =>
  db
    .selectFrom('plan_actions')
    .leftJoin('workers', 'workers.id', 'plan_actions.owner_worker_id')
    .leftJoin('teams', 'teams.id', 'workers.team_id')
    .leftJoin('adults', 'adults.id', 'plan_actions.owner_adult_id')
    .leftJoin('users', 'users.id', 'plan_actions.owner_user_id')
    .selectAll('plan_actions')
    .select([
      'workers.name as owner_worker_name',
      'teams.name as owner_team_name',
      'users.display_name as owner_user_name',
    ])
    .select(sql<string | null>`adults.forename || ' ' || adults.surname`.as('owner_adult_name'));
export type PlanActionWithOwner = Awaited<ReturnType<ReturnType<typeof actionsWithOwners>['executeTakeFirstOrThrow']>>;

/** What names an action's owner, as `actionsWithOwners` reads it (a strategy discussion's actions have no account columns). */
type OwnerNaming = Pick<
  PlanActionWithOwner,
  'owner_kind' | 'owner_worker_name' | 'owner_team_name' | 'owner_adult_name' | 'owner_name' | 'owner_agency'
> & { owner_user_name?: string | null };

/** An action's owner by name: a worker with their team, a family member, a professional with their agency, or as recorded before owners were chosen. */
export function ownerName(action: OwnerNaming): string {
  switch (action.owner_kind as ActionOwnerKind | typeof ownerAsRecorded) {
    case 'worker':
      return [action.owner_worker_name, action.owner_team_name].filter(Boolean).join(', ');
    case 'family-member':
      return `${action.owner_adult_name}, family member`;
    case 'professional':
      return `${action.owner_name}, ${action.owner_agency}`;
    case ownerAsRecorded:
      return `${action.owner_user_name ?? action.owner_name} (as recorded before owners were chosen)`;
  }
}

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
    actionsWithOwners(db)
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
      owner: ownerName(action),
      overdue: overdueIds.has(action.id),
    })),
  };
}
