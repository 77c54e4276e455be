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
    /** The days the child was seen alone, in any area's records (visits, case notes), earliest first. */
    childSeenAlone: IsoDate[];
  }
}

/** This area's part of a journey with no records. */
export const emptyVisitsJourney = { visits: [], childSeenAlone: [] };

/** Each child's visits for a visiting standard, and the days they were seen alone, earliest first. */
export async function visitsJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, { visits: Visit[]; childSeenAlone: IsoDate[] }>> {
  const visits = await db
    .selectFrom('visits')
    .select(['child_id', 'id', 'visit_date', 'purpose', 'child_seen', 'seen_alone'])
    .where('child_id', 'in', childIds)
    .orderBy('visit_date')
    .execute();
  const visitsOf = groupBy(visits, (row) => row.child_id);
  return perChild(childIds, (childId) => {
    const theirs = visitsOf.get(childId) ?? [];
    return {
      // Visits for other purposes count towards no visiting standard, though the child may be seen alone on them.
      visits: theirs
        .filter((row) => row.purpose !== 'other')
        .map((row) => ({
          id: String(row.id),
          date: row.visit_date,
          purpose: row.purpose as Visit['purpose'],
          childSeen: row.child_seen,
        })),
      childSeenAlone: theirs.filter((row) => row.seen_alone).map((row) => row.visit_date),
    };
  });
}
