// Area journeys read many children at once, so a manager's list of 200 children costs a few
// queries rather than a few thousand.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { optional } from './plainData.ts';

/** One area's part of the child's journey for each of these children (every child asked about has an entry). */
export type AreaJourneys<Part> = (db: Kysely<Database>, childIds: readonly number[]) => Promise<Map<number, Part>>;

/** Rows grouped by a key (the child, the period of care they belong to), keeping their order. */
export function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Each child's part built from their own rows (an empty list when they have none). */
export function perChild<Part>(childIds: readonly number[], build: (childId: number) => Part): Map<number, Part> {
  return new Map(childIds.map((childId) => [childId, build(childId)]));
}

/** One child's part of an area journey: what the area's tests and single-child pages read. */
export async function areaJourneyOf<Part>(
  areaJourneys: AreaJourneys<Part>,
  db: Kysely<Database>,
  childId: number,
): Promise<Part> {
  return (await areaJourneys(db, [childId])).get(childId)!;
}

/** A stretch of days with a first day and, once known, the first day after it (IsoDate strings). */
export interface DatedSpan {
  id: string;
  startDate: string;
  endDate?: string;
}

/**
 * Each child's spans of a table whose rows run from `start_date` to `end_date` (early help
 * episodes, allocations), earliest first: an area's part of the journey that is just those.
 */
export async function spansByChild(
  db: Kysely<Database>,
  table: 'early_help_episodes' | 'allocations',
  childIds: readonly number[],
): Promise<Map<number, DatedSpan[]>> {
  const rows = await db
    .selectFrom(table)
    .select(['child_id', 'id', 'start_date', 'end_date'])
    .where('child_id', 'in', childIds)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
  const byChild = groupBy(rows, (row) => row.child_id);
  return perChild(childIds, (childId) =>
    (byChild.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      startDate: row.start_date,
      ...optional('endDate', row.end_date),
    })),
  );
}
