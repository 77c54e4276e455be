import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney } from '../../core/timescales/journey.ts';
import { childJourney } from '../timescales/journey.ts';
import { areas } from '../../areas/all.ts';

/** A part of the journey one area fills: its referrals, its periods of care. */
export type JourneyPart = Exclude<keyof ChildJourney, 'child'>;

/** Each area's part of the journey, in the order of the child's journey, with the parts it fills. */
const areaJourneys = areas.flatMap((area) =>
  area.journey ? [{ parts: Object.keys(area.journey.empty) as JourneyPart[], load: area.journey.load }] : [],
);

/** One child's whole journey as the timescale engine and the child's page read it, or undefined if no such child. */
export async function loadChildJourney(db: Kysely<Database>, childId: number): Promise<ChildJourney | undefined> {
  return (await loadChildJourneys(db, [childId])).get(childId);
}

/**
 * Many children's journeys in one pass: each area reads all of them together, so a manager's
 * list costs the same few queries for 5 children or 500. Children that do not exist are absent.
 */
export const loadChildJourneys = (db: Kysely<Database>, childIds: readonly number[]) =>
  load(db, childIds, areaJourneys);

/**
 * Only some parts of many children's journeys: only the areas that fill them are read. A status
 * needs a child's plans and periods of care, not ten years of visits.
 */
export const loadJourneyParts = <Part extends JourneyPart>(
  db: Kysely<Database>,
  childIds: readonly number[],
  parts: readonly Part[],
) =>
  load(
    db,
    childIds,
    areaJourneys.filter((area) => area.parts.some((part) => (parts as readonly JourneyPart[]).includes(part))),
  ) as Promise<Map<number, Pick<ChildJourney, 'child' | Part>>>;

async function load(db: Kysely<Database>, childIds: readonly number[], from: typeof areaJourneys) {
  const ids = [...new Set(childIds)];
  if (ids.length === 0) return new Map<number, ChildJourney>();
  const [children, ...parts] = await Promise.all([
    db
      .selectFrom('children')
      .select(['id', 'date_of_birth', 'expected_date_of_birth'])
      .where('id', 'in', ids)
      .execute(),
    ...from.map((area) => area.load(db, ids)),
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
