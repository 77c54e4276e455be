// What the child's journey holds of early help: the episodes, for the child's status.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { IsoDate } from '../../core/timescales/journey.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';
import { optional } from '../../platform/records/plainData.ts';

/** An episode of early help (targeted help under a lead professional, outside children's social care). */
export interface EarlyHelpEpisode {
  id: string;
  startDate: IsoDate;
  endDate?: IsoDate;
}

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
  const rows = await db
    .selectFrom('early_help_episodes')
    .select(['child_id', 'id', 'start_date', 'end_date'])
    .where('child_id', 'in', childIds)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
  const byChild = groupBy(rows, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    earlyHelpEpisodes: (byChild.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      startDate: row.start_date,
      ...optional('endDate', row.end_date),
    })),
  }));
}
