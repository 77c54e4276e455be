// What the timescale engine reads from the care record.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, IsoDate } from '../../core/timescales/journey.ts';
import { placementsOf } from './model.ts';
import { optional } from '../../platform/records/plainData.ts';
import { episodeFacts } from './store.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

// The records of this area as the timescale rules read them.
export interface Placement {
  id: string;
  startDate: IsoDate;
  endDate?: IsoDate;
  /**
   * The visiting regime of CPPCR reg 28: placed with a parent under reg 19,
   * with a connected person under temporary approval (reg 24), or any other.
   */
  arrangement: 'placed-with-parent' | 'connected-person-temporary-approval' | 'other';
  /** Agreed to last until the child is 18. */
  longTerm: boolean;
}

/** A continuous period of being looked after (903 DECOM of its first episode … DEC). */
export interface PeriodOfCare {
  id: string;
  startDate: IsoDate;
  endDate?: IsoDate;
  carePlanDate?: IsoDate;
  placements: Placement[];
}

export interface LookedAfterReview {
  id: string;
  date: IsoDate;
}

export interface HealthAssessment {
  id: string;
  date: IsoDate;
  type: 'initial' | 'review';
}

export interface PersonalEducationPlan {
  id: string;
  date: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    periodsOfCare: PeriodOfCare[];
    lookedAfterReviews: LookedAfterReview[];
    healthAssessments: HealthAssessment[];
    personalEducationPlans: PersonalEducationPlan[];
  }
}

/** This area's part of a journey with no records. */
export const emptyCareJourney = {
  periodsOfCare: [],
  lookedAfterReviews: [],
  healthAssessments: [],
  personalEducationPlans: [],
};

/**
 * Periods of care with placements derived from their episodes, reviews, health assessments,
 * PEPs and statutory visits. The visits are `purpose: 'looked-after'`; whoever assembles the
 * whole journey adds them to the planning area's visits.
 */
export async function careJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, Partial<ChildJourney>>> {
  const [periods, episodes, reviews, healthAssessments, plans] = await Promise.all([
    db.selectFrom('periods_of_care').selectAll().where('child_id', 'in', childIds).orderBy('start_date').execute(),
    db
      .selectFrom('care_episodes')
      .selectAll()
      .where('child_id', 'in', childIds)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('looked_after_reviews')
      .select(['child_id', 'id', 'review_date'])
      .where('child_id', 'in', childIds)
      .orderBy('review_date')
      .execute(),
    db
      .selectFrom('health_assessments')
      .select(['child_id', 'id', 'assessment_date', 'assessment_type'])
      .where('child_id', 'in', childIds)
      .orderBy('assessment_date')
      .execute(),
    db
      .selectFrom('personal_education_plans')
      .select(['child_id', 'id', 'plan_date'])
      .where('child_id', 'in', childIds)
      .orderBy('plan_date')
      .execute(),
  ]);
  const periodsOf = groupBy(periods, (row) => row.child_id);
  const episodesOf = groupBy(episodes, (row) => row.period_of_care_id);
  const reviewsOf = groupBy(reviews, (row) => row.child_id);
  const healthAssessmentsOf = groupBy(healthAssessments, (row) => row.child_id);
  const plansOf = groupBy(plans, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    periodsOfCare: (periodsOf.get(childId) ?? []).map((period): PeriodOfCare => ({
      id: String(period.id),
      startDate: period.start_date,
      ...optional('endDate', period.end_date),
      ...optional('carePlanDate', period.care_plan_date),
      placements: placementsOf((episodesOf.get(period.id) ?? []).map(episodeFacts)).map((placement) => ({
        id: String(placement.id),
        startDate: placement.startDate,
        ...optional('endDate', placement.endDate),
        arrangement: placement.arrangement,
        longTerm: placement.longTerm,
      })),
    })),
    lookedAfterReviews: (reviewsOf.get(childId) ?? []).map((review) => ({
      id: String(review.id),
      date: review.review_date,
    })),
    healthAssessments: (healthAssessmentsOf.get(childId) ?? []).map((assessment) => ({
      id: String(assessment.id),
      date: assessment.assessment_date,
      type: assessment.assessment_type as HealthAssessment['type'],
    })),
    personalEducationPlans: (plansOf.get(childId) ?? []).map((plan) => ({ id: String(plan.id), date: plan.plan_date })),
  }));
}
