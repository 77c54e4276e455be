// What the timescale engine reads from the missing record.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, IsoDate, IsoInstant } from '../../core/timescales/journey.ts';
import { optional } from '../../platform/records/plainData.ts';
import { missingEpisodesOf } from './store.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

// The records of this area as the timescale rules read them.
export interface MissingEpisode {
  id: string;
  startedAt: IsoInstant;
  returnedAt?: IsoInstant;
  returnInterview?: {
    offeredAt?: IsoInstant;
    heldAt?: IsoInstant;
    /** The child declined an interview that was offered. */
    declined?: boolean;
  };
  /** The manager's comment on the return home interview. */
  managerReviewDate?: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    missingEpisodes: MissingEpisode[];
  }
}

/** This area's part of a journey with no records. */
export const emptyMissingJourney = { missingEpisodes: [] };

const instant = (at: Date | null) => at?.toISOString() ?? null;

export async function missingJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, Partial<ChildJourney>>> {
  const episodesOf = groupBy(await missingEpisodesOf(db, childIds), (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    missingEpisodes: (episodesOf.get(childId) ?? []).map((row): MissingEpisode => ({
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
    })),
  }));
}
