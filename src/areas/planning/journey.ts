import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, IsoDate } from '../../core/timescales/journey.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

// The records of this area as the timescale rules read them.
export interface ChildInNeedPlan {
  id: string;
  startDate: IsoDate;
  endDate?: IsoDate;
}

export interface ChildInNeedPlanReview {
  id: string;
  planId: string;
  date: IsoDate;
}

/** An action in a CIN plan, CP plan or care plan (`planId` is the plan or period of care). */
export interface PlanAction {
  id: string;
  /** Which kind of plan: ids are only unique within a kind. */
  planType: 'child-in-need' | 'child-protection' | 'care';
  planId: string;
  description: string;
  recordedDate: IsoDate;
  dueDate: IsoDate;
  doneDate?: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    childInNeedPlans: ChildInNeedPlan[];
    childInNeedPlanReviews: ChildInNeedPlanReview[];
    planActions: PlanAction[];
  }
}

/** This area's part of a journey with no records. */
export const emptyPlanningJourney = { childInNeedPlans: [], childInNeedPlanReviews: [], planActions: [] };

type PlanningJourney = Pick<ChildJourney, 'childInNeedPlans' | 'childInNeedPlanReviews' | 'planActions'>;

/** Each child's CIN plans and reviews, and plan actions, for the review and action timescales. */
export async function planningJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, PlanningJourney>> {
  const [plans, reviews, actions] = await Promise.all([
    db
      .selectFrom('cin_plans')
      .select(['child_id', 'id', 'start_date', 'end_date'])
      .where('child_id', 'in', childIds)
      .orderBy('start_date')
      .execute(),
    db
      .selectFrom('cin_plan_reviews')
      .select(['child_id', 'id', 'cin_plan_id', 'review_date'])
      .where('child_id', 'in', childIds)
      .orderBy('review_date')
      .execute(),
    db
      .selectFrom('plan_actions')
      .select(['child_id', 'id', 'plan_type', 'plan_id', 'description', 'recorded_date', 'due_date', 'done_date'])
      .where('child_id', 'in', childIds)
      .orderBy('due_date')
      .orderBy('id')
      .execute(),
  ]);
  const plansOf = groupBy(plans, (row) => row.child_id);
  const reviewsOf = groupBy(reviews, (row) => row.child_id);
  const actionsOf = groupBy(actions, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    childInNeedPlans: (plansOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      startDate: row.start_date,
      ...(row.end_date ? { endDate: row.end_date } : {}),
    })),
    childInNeedPlanReviews: (reviewsOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      planId: String(row.cin_plan_id),
      date: row.review_date,
    })),
    planActions: (actionsOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      planType: row.plan_type as PlanAction['planType'],
      planId: String(row.plan_id),
      description: row.description,
      recordedDate: row.recorded_date,
      dueDate: row.due_date,
      ...(row.done_date ? { doneDate: row.done_date } : {}),
    })),
  }));
}
