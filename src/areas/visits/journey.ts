import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { IsoDate } from '../../core/timescales/journey.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

/** A visit as the visiting timescales (CIN, CP, looked after) read it. */
export interface Visit {
  id: string;
  date: IsoDate;
  purpose: 'child-protection' | 'child-in-need' | 'looked-after';
  childSeen: boolean;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    visits: Visit[];
  }
}

/** This area's part of a journey with no records. */
export const emptyVisitsJourney = { visits: [] };

/** Each child's visits for a visiting standard, earliest first. */
export async function visitsJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, { visits: Visit[] }>> {
  // Visits for other purposes count towards no statutory visiting standard.
  const visits = await db
    .selectFrom('visits')
    .select(['child_id', 'id', 'visit_date', 'purpose', 'child_seen'])
    .where('child_id', 'in', childIds)
    .where('purpose', '<>', 'other')
    .orderBy('visit_date')
    .execute();
  const visitsOf = groupBy(visits, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    visits: (visitsOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      date: row.visit_date,
      purpose: row.purpose as Visit['purpose'],
      childSeen: row.child_seen,
    })),
  }));
}
