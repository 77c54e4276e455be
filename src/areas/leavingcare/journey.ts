// What the timescale engine reads from the leaving care record.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, DatedRecord, IsoDate } from '../../core/timescales/journey.ts';
import { optional } from '../../platform/records/plainData.ts';
import { eligibleDateOf, keepsInTouch } from './model.ts';
import { careLeaverRecordsOf } from './store.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

// The records of this area as the timescale rules read them.
export interface CareLeaver {
  /** The date the young person became an eligible child (13 weeks looked after since 14, aged 16). */
  eligibleDate?: IsoDate;
  needsAssessmentDate?: IsoDate;
  pathwayPlanDate?: IsoDate;
  pathwayPlanReviews: DatedRecord[];
  /** Contacts with the young person after leaving care (903 IN_TOUCH). */
  keepingInTouch: DatedRecord[];
  serviceEndDate?: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    careLeaver?: CareLeaver;
  }
}

/** This area's part of a journey with no records: no care leaver record (named, so readers of the part know it is this area's). */
export const emptyLeavingcareJourney: Pick<ChildJourney, 'careLeaver'> = { careLeaver: undefined };

export async function leavingCareJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, Partial<ChildJourney>>> {
  const records = await careLeaverRecordsOf(db, childIds);
  const byChild = <Row extends { child_id: number }>(rows: Row[]) => groupBy(rows, (row) => row.child_id);
  const [careLeavers, eligibility, pathwayPlans, reviews, contacts] = [
    byChild(records.careLeavers),
    byChild(records.eligibility),
    byChild(records.pathwayPlans),
    byChild(records.reviews),
    byChild(records.contacts),
  ];
  return perChild(childIds, (childId): Partial<ChildJourney> => {
    const careLeaver = careLeavers.get(childId)?.[0];
    const eligibleFrom = eligibility.get(childId) ?? [];
    if (!careLeaver && eligibleFrom.length === 0) return {};
    return {
      careLeaver: {
        ...optional(
          'eligibleDate',
          eligibleDateOf(eligibleFrom.map((entry) => ({ category: entry.category, startDate: entry.start_date }))),
        ),
        ...optional('needsAssessmentDate', careLeaver?.needs_assessment_date),
        ...optional('pathwayPlanDate', pathwayPlans.get(childId)?.[0]?.plan_date),
        pathwayPlanReviews: (reviews.get(childId) ?? []).map((review) => ({
          id: String(review.id),
          date: review.review_date,
        })),
        keepingInTouch: (contacts.get(childId) ?? [])
          .filter((contact) => keepsInTouch(contact.in_touch))
          .map((contact) => ({ id: String(contact.id), date: contact.contact_date })),
        ...optional('serviceEndDate', careLeaver?.service_end_date),
      },
    };
  });
}
