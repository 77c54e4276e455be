// What the timescale engine reads of the looked-after child's health beyond the health assessments:
// the dental checks.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, IsoDate } from '../../core/timescales/journey.ts';
import { groupBy, perChild, type AreaJourneys } from '../../platform/records/byChild.ts';

export interface DentalCheck {
  id: string;
  date: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    dentalChecks: DentalCheck[];
  }
}

export const emptyHealthJourney = { dentalChecks: [] };

async function healthJourney(db: Kysely<Database>, childIds: readonly number[]) {
  const checksOf = groupBy(
    await db
      .selectFrom('dental_checks')
      .select(['child_id', 'id', 'check_date'])
      .where('child_id', 'in', childIds)
      .orderBy('check_date')
      .execute(),
    (row) => row.child_id,
  );
  return perChild(childIds, (childId) => ({
    dentalChecks: (checksOf.get(childId) ?? []).map((check) => ({ id: String(check.id), date: check.check_date })),
  }));
}

/** The care area's journey with the health part beside it, read together. */
export const withHealthJourney =
  (care: AreaJourneys<Partial<ChildJourney>>): AreaJourneys<Partial<ChildJourney>> =>
  async (db, childIds) => {
    const [cared, health] = await Promise.all([care(db, childIds), healthJourney(db, childIds)]);
    return perChild(childIds, (childId) => ({ ...cared.get(childId), ...health.get(childId) }));
  };
