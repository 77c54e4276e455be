// What the timescale engine reads from the permanence record.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, IsoDate } from '../../core/timescales/journey.ts';
import { optional } from '../../platform/records/plainData.ts';
import { movedInWithAdoptersDate, type AdoptionRoute } from './model.ts';
import type { AdoptionPlanRow } from './schema.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

// The records of this area as the timescale rules read them.
export interface AdoptionPlan {
  id: string;
  /** Agency decision maker: should be placed for adoption. */
  decisionDate: IsoDate;
  placementOrderDate?: IsoDate;
  matchedDate?: IsoDate;
  movedInDate?: IsoDate;
  /** The plan changed away from adoption. */
  endedDate?: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    adoptionPlans: AdoptionPlan[];
  }
}

/** This area's part of a journey with no records. */
export const emptyPermanenceJourney = { adoptionPlans: [] };

export const adoptionRoute = (row: AdoptionPlanRow): AdoptionRoute => ({
  shouldBePlacedDate: row.should_be_placed_date,
  placementOrderDate: row.placement_order_date,
  matchedDate: row.matched_date,
  placedDate: row.placed_date,
  adoptionOrderDate: row.adoption_order_date,
  fosteringForAdoptionDate: row.fostering_for_adoption_date,
  endedDate: row.ended_date,
});

export async function permanenceJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, Partial<ChildJourney>>> {
  const plansOf = groupBy(
    await db
      .selectFrom('adoption_plans')
      .selectAll()
      .where('child_id', 'in', childIds)
      .orderBy('should_be_placed_date')
      .execute(),
    (row) => row.child_id,
  );
  return perChild(childIds, (childId) => ({
    adoptionPlans: (plansOf.get(childId) ?? []).map((row): AdoptionPlan => ({
      id: String(row.id),
      decisionDate: row.should_be_placed_date,
      ...optional('placementOrderDate', row.placement_order_date),
      ...optional('matchedDate', row.matched_date),
      ...optional('movedInDate', movedInWithAdoptersDate(adoptionRoute(row))),
      ...optional('endedDate', row.ended_date),
    })),
  }));
}
