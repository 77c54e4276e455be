// What the timescale engine reads from the permanence record.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AdoptionPlan, ChildJourney } from '../timescales/journey.ts';
import { optional } from '../records/plainData.ts';
import { movedInWithAdoptersDate, type AdoptionRoute } from './model.ts';
import type { AdoptionPlanRow } from './schema.ts';

export const adoptionRoute = (row: AdoptionPlanRow): AdoptionRoute => ({
  shouldBePlacedDate: row.should_be_placed_date,
  placementOrderDate: row.placement_order_date,
  matchedDate: row.matched_date,
  placedDate: row.placed_date,
  adoptionOrderDate: row.adoption_order_date,
  fosteringForAdoptionDate: row.fostering_for_adoption_date,
  endedDate: row.ended_date,
});

export async function permanenceJourney(db: Kysely<Database>, childId: number): Promise<Partial<ChildJourney>> {
  const rows = await db.selectFrom('adoption_plans').selectAll().where('child_id', '=', childId).orderBy('should_be_placed_date').execute();
  return {
    adoptionPlans: rows.map(
      (row): AdoptionPlan => ({
        id: String(row.id),
        decisionDate: row.should_be_placed_date,
        ...optional('placementOrderDate', row.placement_order_date),
        ...optional('matchedDate', row.matched_date),
        ...optional('movedInDate', movedInWithAdoptersDate(adoptionRoute(row))),
        ...optional('endedDate', row.ended_date),
      }),
    ),
  };
}
