import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ChildJourney, PlanAction, Visit } from '../timescales/journey.ts';

type PlanningJourney = Pick<ChildJourney, 'visits' | 'childInNeedPlans' | 'childInNeedPlanReviews' | 'planActions'>;

/** The child's visits, CIN plans and reviews, and plan actions, for the visit, review and action timescales. */
export async function planningJourney(db: Kysely<Database>, childId: number): Promise<PlanningJourney> {
  const [visits, plans, reviews, actions] = await Promise.all([
    // Visits for other purposes count towards no statutory visiting standard.
    db.selectFrom('visits').select(['id', 'visit_date', 'purpose', 'child_seen']).where('child_id', '=', childId).where('purpose', '<>', 'other').orderBy('visit_date').execute(),
    db.selectFrom('cin_plans').select(['id', 'start_date', 'end_date']).where('child_id', '=', childId).orderBy('start_date').execute(),
    db.selectFrom('cin_plan_reviews').select(['id', 'cin_plan_id', 'review_date']).where('child_id', '=', childId).orderBy('review_date').execute(),
    db
      .selectFrom('plan_actions')
      .select(['id', 'plan_type', 'plan_id', 'description', 'recorded_date', 'due_date', 'done_date'])
      .where('child_id', '=', childId)
      .orderBy('due_date')
      .orderBy('id')
      .execute(),
  ]);
  return {
    visits: visits.map((row) => ({ id: String(row.id), date: row.visit_date, purpose: row.purpose as Visit['purpose'], childSeen: row.child_seen })),
    childInNeedPlans: plans.map((row) => ({ id: String(row.id), startDate: row.start_date, ...(row.end_date ? { endDate: row.end_date } : {}) })),
    childInNeedPlanReviews: reviews.map((row) => ({ id: String(row.id), planId: String(row.cin_plan_id), date: row.review_date })),
    planActions: actions.map((row) => ({
      id: String(row.id),
      planType: row.plan_type as PlanAction['planType'],
      planId: String(row.plan_id),
      description: row.description,
      recordedDate: row.recorded_date,
      dueDate: row.due_date,
      ...(row.done_date ? { doneDate: row.done_date } : {}),
    })),
  };
}
