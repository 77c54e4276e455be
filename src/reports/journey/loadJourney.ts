import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney } from '../../core/timescales/journey.ts';
import { childJourney } from '../timescales/journey.ts';
import { areas } from '../../areas/all.ts';

/** Each area's part of the journey, in the order of the child's journey. */
const areaJourneys = areas.flatMap((area) => (area.journey ? [area.journey.load] : []));

/** One child's whole journey as the timescale engine and the child's page read it, or undefined if no such child. */
export async function loadChildJourney(db: Kysely<Database>, childId: number): Promise<ChildJourney | undefined> {
  return (await loadChildJourneys(db, [childId])).get(childId);
}

/**
 * Many children's journeys in one pass: each area reads all of them together, so a manager's
 * list costs the same few queries for 5 children or 500. Children that do not exist are absent.
 */
export async function loadChildJourneys(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, ChildJourney>> {
  const ids = [...new Set(childIds)];
  if (ids.length === 0) return new Map();
  const [children, ...parts] = await Promise.all([
    db
      .selectFrom('children')
      .select(['id', 'date_of_birth', 'expected_date_of_birth'])
      .where('id', 'in', ids)
      .execute(),
    ...areaJourneys.map((load) => load(db, ids)),
  ]);
  return new Map(
    children.map((child) => {
      // An unborn child's clocks run from the expected date of birth until they are born.
      const dateOfBirth = child.date_of_birth ?? child.expected_date_of_birth!;
      return [
        child.id,
        childJourney(
          { id: String(child.id), dateOfBirth },
          mergeParts(parts.map((part) => part.get(child.id)! as Partial<ChildJourney>)),
        ),
      ];
    }),
  );
}

/** Lists more than one area fills (visits: planning's and care's) are joined, never overwritten. */
function mergeParts(parts: Partial<ChildJourney>[]): Partial<Omit<ChildJourney, 'child'>> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = merged[key];
      merged[key] =
        Array.isArray(existing) && Array.isArray(value) ? [...(existing as unknown[]), ...(value as unknown[])] : value;
    }
  }
  return merged;
}
