// Area journeys read many children at once, so a manager's list of 200 children costs a few
// queries rather than a few thousand.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

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
