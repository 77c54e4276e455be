// What the timescale engine reads from the leaving care record.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ChildJourney } from '../timescales/journey.ts';
import { optional } from '../records/plainData.ts';
import { eligibleDateOf, keepsInTouch } from './model.ts';
import { careLeaverRecordsOf } from './store.ts';

export async function leavingCareJourney(db: Kysely<Database>, childId: number): Promise<Partial<ChildJourney>> {
  const { careLeavers, eligibility, pathwayPlans, reviews, contacts } = await careLeaverRecordsOf(db, [childId]);
  const careLeaver = careLeavers[0];
  if (!careLeaver && eligibility.length === 0) return {};
  return {
    careLeaver: {
      ...optional('eligibleDate', eligibleDateOf(eligibility.map((entry) => ({ category: entry.category, startDate: entry.start_date })))),
      ...optional('needsAssessmentDate', careLeaver?.needs_assessment_date),
      ...optional('pathwayPlanDate', pathwayPlans[0]?.plan_date),
      pathwayPlanReviews: reviews.map((review) => ({ id: String(review.id), date: review.review_date })),
      keepingInTouch: contacts.filter((contact) => keepsInTouch(contact.in_touch)).map((contact) => ({ id: String(contact.id), date: contact.contact_date })),
      ...optional('serviceEndDate', careLeaver?.service_end_date),
    },
  };
}
