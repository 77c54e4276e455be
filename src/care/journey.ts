// What the timescale engine reads from the care record.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ChildJourney, HealthAssessment, PeriodOfCare } from '../timescales/journey.ts';
import { placementsOf } from './model.ts';
import { optional } from '../records/plainData.ts';
import { episodeFacts } from './store.ts';

/**
 * Periods of care with placements derived from their episodes, reviews, health assessments,
 * PEPs and statutory visits. The visits are `purpose: 'looked-after'`; whoever assembles the
 * whole journey adds them to the planning area's visits.
 */
export async function careJourney(db: Kysely<Database>, childId: number): Promise<Partial<ChildJourney>> {
  const [periods, episodes, reviews, healthAssessments, plans] = await Promise.all([
    db.selectFrom('periods_of_care').selectAll().where('child_id', '=', childId).orderBy('start_date').execute(),
    db.selectFrom('care_episodes').selectAll().where('child_id', '=', childId).orderBy('start_date').orderBy('id').execute(),
    db.selectFrom('looked_after_reviews').select(['id', 'review_date']).where('child_id', '=', childId).orderBy('review_date').execute(),
    db.selectFrom('health_assessments').select(['id', 'assessment_date', 'assessment_type']).where('child_id', '=', childId).orderBy('assessment_date').execute(),
    db.selectFrom('personal_education_plans').select(['id', 'plan_date']).where('child_id', '=', childId).orderBy('plan_date').execute(),
  ]);
  const periodsOfCare = periods.map(
    (period): PeriodOfCare => ({
      id: String(period.id),
      startDate: period.start_date,
      ...optional('endDate', period.end_date),
      ...optional('carePlanDate', period.care_plan_date),
      placements: placementsOf(episodes.filter((episode) => episode.period_of_care_id === period.id).map(episodeFacts)).map((placement) => ({
        id: String(placement.id),
        startDate: placement.startDate,
        ...optional('endDate', placement.endDate),
        arrangement: placement.arrangement,
        longTerm: placement.longTerm,
      })),
    }),
  );
  return {
    periodsOfCare,
    lookedAfterReviews: reviews.map((review) => ({ id: String(review.id), date: review.review_date })),
    healthAssessments: healthAssessments.map((assessment) => ({
      id: String(assessment.id),
      date: assessment.assessment_date,
      type: assessment.assessment_type as HealthAssessment['type'],
    })),
    personalEducationPlans: plans.map((plan) => ({ id: String(plan.id), date: plan.plan_date })),
  };
}
