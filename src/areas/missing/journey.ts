// What the timescale engine reads from the missing record.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, MissingEpisode } from '../../core/timescales/journey.ts';
import { optional } from '../../platform/records/plainData.ts';
import { missingEpisodesOf } from './store.ts';
import { groupBy, perChild } from '../../reports/journey/byChild.ts';

const instant = (at: Date | null) => at?.toISOString() ?? null;

export async function missingJourney(db: Kysely<Database>, childIds: readonly number[]): Promise<Map<number, Partial<ChildJourney>>> {
  const episodesOf = groupBy(await missingEpisodesOf(db, childIds), (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    missingEpisodes: (episodesOf.get(childId) ?? []).map(
      (row): MissingEpisode => ({
        id: String(row.id),
        startedAt: row.started_at.toISOString(),
        ...optional('returnedAt', instant(row.returned_at)),
        ...(row.interview_id === null
          ? {}
          : {
              returnInterview: {
                ...optional('offeredAt', instant(row.offered_at)),
                ...optional('heldAt', instant(row.held_at)),
                ...(row.accepted === false ? { declined: true } : {}),
              },
            }),
        ...optional('managerReviewDate', row.manager_comment_date),
      }),
    ),
  }));
}
