// What the child's journey holds of Family Help: the child's days in each episode and the family
// plan's agreement and reviews, for the child's status and the plan review timescale.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

/** A child's Family Help: their own days within the family's episode, and its family plan. */
export interface FamilyHelpSpan {
  id: string;
  startDate: string;
  endDate?: string;
  planAgreedOn?: string;
  reviewDates: string[];
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    familyHelp: FamilyHelpSpan[];
  }
}

/** This area's part of a journey with no records. */
export const emptyFamilyHelpJourney = { familyHelp: [] };

/** Each child's Family Help, earliest first. */
export async function familyHelpJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, { familyHelp: FamilyHelpSpan[] }>> {
  if (childIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('family_help_children')
    .innerJoin('family_help_episodes', 'family_help_episodes.id', 'family_help_children.episode_id')
    .select([
      'family_help_children.child_id',
      'family_help_children.episode_id',
      'family_help_children.start_date',
      'family_help_children.end_date',
      'family_help_episodes.plan_agreed_on',
    ])
    .where('family_help_children.child_id', 'in', childIds)
    .orderBy('family_help_children.start_date')
    .orderBy('family_help_children.id')
    .execute();
  const episodeIds = [...new Set(rows.map((row) => row.episode_id))];
  const reviews =
    episodeIds.length === 0
      ? []
      : await db
          .selectFrom('family_plan_reviews')
          .select(['episode_id', 'review_date'])
          .where('episode_id', 'in', episodeIds)
          .orderBy('review_date')
          .execute();
  const reviewsOf = groupBy(reviews, (review) => review.episode_id);
  const byChild = groupBy(rows, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    familyHelp: (byChild.get(childId) ?? []).map((row) => ({
      id: String(row.episode_id),
      startDate: row.start_date,
      ...(row.end_date ? { endDate: row.end_date } : {}),
      ...(row.plan_agreed_on ? { planAgreedOn: row.plan_agreed_on } : {}),
      reviewDates: (reviewsOf.get(row.episode_id) ?? []).map((review) => review.review_date),
    })),
  }));
}
