// What the child's journey holds of early help: the episodes, for the child's status.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { perChild, spansByChild, type DatedSpan } from '../../platform/records/byChild.ts';

/** An episode of early help (targeted help under a lead professional, outside children's social care). */
export type EarlyHelpEpisode = DatedSpan;

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    earlyHelpEpisodes: EarlyHelpEpisode[];
  }
}

/** This area's part of a journey with no records. */
export const emptyEarlyhelpJourney = { earlyHelpEpisodes: [] };

/** Each child's early help episodes, earliest first. */
export async function earlyHelpJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, { earlyHelpEpisodes: EarlyHelpEpisode[] }>> {
  const spans = await spansByChild(db, 'early_help_episodes', childIds);
  return perChild(childIds, (childId) => ({ earlyHelpEpisodes: spans.get(childId)! }));
}
