// What the child's journey holds of family group decision-making: each meeting offered, its answer,
// when it was held and the family plan's reviews (the review rule reads them), and the family
// network support packages.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { IsoDate } from '../../core/timescales/journey.ts';
import { optional } from '../../platform/records/plainData.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

export interface FamilyGroupMeeting {
  id: string;
  kind: string;
  offeredDate: IsoDate;
  response?: string;
  responseDate?: IsoDate;
  heldDate?: IsoDate;
  /** The first review of the plan agreed at the meeting, when one was agreed. */
  reviewDueDate?: IsoDate;
  reviews: { date: IsoDate; outcome: string; nextReviewDate?: IsoDate }[];
}

export interface FamilyNetworkSupport {
  id: string;
  kind: string;
  startDate: IsoDate;
  endDate?: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    familyGroupMeetings: FamilyGroupMeeting[];
    familyNetworkSupport: FamilyNetworkSupport[];
  }
}

/** This area's part of a journey with no records. */
export const emptyFamilyGroupJourney = { familyGroupMeetings: [], familyNetworkSupport: [] };

export async function familyGroupJourney(db: Kysely<Database>, childIds: readonly number[]) {
  const [meetings, packages] = await Promise.all([
    db
      .selectFrom('family_group_meetings as m')
      .innerJoin('family_group_meeting_children as c', 'c.meeting_id', 'm.id')
      .selectAll('m')
      .select('c.child_id')
      .where('c.child_id', 'in', childIds)
      .orderBy('m.offered_date')
      .orderBy('m.id')
      .execute(),
    db
      .selectFrom('family_network_support_packages as p')
      .innerJoin('family_network_support_package_children as c', 'c.package_id', 'p.id')
      .select(['p.id', 'p.kind', 'p.start_date', 'p.end_date', 'c.child_id'])
      .where('c.child_id', 'in', childIds)
      .orderBy('p.start_date')
      .orderBy('p.id')
      .execute(),
  ]);
  // Brothers and sisters share a meeting: its reviews are read once.
  const meetingIds = [...new Set(meetings.map((meeting) => meeting.id))];
  const reviews =
    meetingIds.length === 0
      ? []
      : await db
          .selectFrom('family_group_plan_reviews')
          .select(['meeting_id', 'review_date', 'outcome', 'next_review_date'])
          .where('meeting_id', 'in', meetingIds)
          .orderBy('review_date')
          .execute();
  const reviewsOf = groupBy(reviews, (review) => review.meeting_id);
  const meetingsOf = groupBy(meetings, (row) => row.child_id);
  const packagesOf = groupBy(packages, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    familyGroupMeetings: (meetingsOf.get(childId) ?? []).map((row): FamilyGroupMeeting => ({
      id: String(row.id),
      kind: row.kind,
      offeredDate: row.offered_date,
      ...optional('response', row.response),
      ...optional('responseDate', row.response_date),
      ...optional('heldDate', row.held_date),
      ...optional('reviewDueDate', row.review_due_date),
      reviews: (reviewsOf.get(row.id) ?? []).map((review) => ({
        date: review.review_date,
        outcome: review.outcome,
        ...optional('nextReviewDate', review.next_review_date),
      })),
    })),
    familyNetworkSupport: (packagesOf.get(childId) ?? []).map((row): FamilyNetworkSupport => ({
      id: String(row.id),
      kind: row.kind,
      startDate: row.start_date,
      ...optional('endDate', row.end_date),
    })),
  }));
}
