// What the timescale engine reads from the permanence record.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, IsoDate } from '../../core/timescales/journey.ts';
import { optional } from '../../platform/records/plainData.ts';
import { movedInWithAdoptersDate, type AdoptionRoute } from './model.ts';
import type { AdoptionPlanRow } from './schema.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';
import { finalOrdersOf, type FinalOrderMade } from '../court/index.ts';
import { effectivePlacementOrder } from './courtOrders.ts';

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

/** The plan's route, its placement order the plan's own or else the court's (`effectivePlacementOrder`). */
export const adoptionRoute = (row: AdoptionPlanRow, court: readonly FinalOrderMade[]): AdoptionRoute => ({
  shouldBePlacedDate: row.should_be_placed_date,
  placementOrderDate: effectivePlacementOrder(row, court)?.date ?? null,
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
  const [plans, court] = await Promise.all([
    db
      .selectFrom('adoption_plans')
      .selectAll()
      .where('child_id', 'in', childIds)
      .orderBy('should_be_placed_date')
      .execute(),
    finalOrdersOf(db, childIds),
  ]);
  const plansOf = groupBy(plans, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    adoptionPlans: (plansOf.get(childId) ?? []).map((row): AdoptionPlan => {
      const route = adoptionRoute(row, court.get(childId) ?? []);
      return {
        id: String(row.id),
        decisionDate: row.should_be_placed_date,
        ...optional('placementOrderDate', route.placementOrderDate),
        ...optional('matchedDate', row.matched_date),
        ...optional('movedInDate', movedInWithAdoptersDate(route)),
        ...optional('endedDate', row.ended_date),
      };
    }),
  }));
}
