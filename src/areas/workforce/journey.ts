// What the child's journey holds of the workforce: who held the child's case and when, for the
// standard that a child open to the service has a worker.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { perChild, spansByChild, type DatedSpan } from '../../platform/records/byChild.ts';

/** The child's case held by a worker, from the first day to the first day without them. */
export type Allocation = DatedSpan;

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
  const spans = await spansByChild(db, 'allocations', childIds);
  return perChild(childIds, (childId) => ({ allocations: spans.get(childId)! }));
}
