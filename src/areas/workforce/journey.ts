// What the child's journey holds of the workforce: who held the child's case and when, for the
// standard that a child open to the service has a worker.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { IsoDate } from '../../core/timescales/journey.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';
import { optional } from '../../platform/records/plainData.ts';

/** The child's case held by a worker, from the first day to the first day without them. */
export interface Allocation {
  id: string;
  startDate: IsoDate;
  endDate?: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    allocations: Allocation[];
  }
}

/** This area's part of a journey with no records. */
export const emptyWorkforceJourney = { allocations: [] };

/** Each child's allocations, earliest first. */
export async function workforceJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, { allocations: Allocation[] }>> {
  const rows = await db
    .selectFrom('allocations')
    .select(['child_id', 'id', 'start_date', 'end_date'])
    .where('child_id', 'in', childIds)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
  const byChild = groupBy(rows, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    allocations: (byChild.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      startDate: row.start_date,
      ...optional('endDate', row.end_date),
    })),
  }));
}
