// The court's final orders as permanence counts them: a placement order or a special guardianship
// order made when care proceedings concluded is the child's without being typed again here. The one
// place that says which date counts, read by the page, the forms, the tracker and the A2 rule alike.
import { sql, type RawBuilder } from 'kysely';
import { finalOrdersMade, type FinalOrderMade } from '../court/index.ts';
import type { AdoptionPlanRow } from './schema.ts';

/** The placement order an adoption plan counts from, and whether it is the court's. */
export interface PlacementOrder {
  date: string;
  byCourt: boolean;
}

/**
 * The plan's own placement order date wins: it was recorded for this route (a placement order made
 * on a separate application, or one recorded before Harbour held the proceedings). Without one, the
 * court's placement order made from the agency decision until the plan ended counts; the decision
 * comes first, as the local authority applies for the order once it decides the child should be
 * placed for adoption (Adoption and Children Act 2002 s22).
 */
export function effectivePlacementOrder(plan: Plan, court: readonly FinalOrderMade[]): PlacementOrder | undefined {
  if (plan.placement_order_date) return { date: plan.placement_order_date, byCourt: false };
  const made = court.find((order) => placementOrderFor(plan, order));
  return made ? { date: made.madeDate, byCourt: true } : undefined;
}

/**
 * `effectivePlacementOrder` in SQL, for an adoption plan row under `plan` (an alias): the same rule,
 * so the indicators count A2 from the date the page, the tracker and the A2 due rule count from.
 */
export const effectivePlacementOrderSql = (plan: string): RawBuilder<string | null> => {
  const column = (name: string) => sql.ref(`${plan}.${name}`);
  return sql`coalesce(${column('placement_order_date')}, (select min(made.made_date) from ${finalOrdersMade} made
    where made.child_id = ${column('child_id')} and made.final_order = 'placement-order'
      and made.made_date >= ${column('should_be_placed_date')}
      and (${column('ended_date')} is null or made.made_date <= ${column('ended_date')})))`;
};

type Plan = Pick<AdoptionPlanRow, 'should_be_placed_date' | 'placement_order_date' | 'ended_date'>;

const placementOrderFor = (plan: Plan, order: FinalOrderMade) =>
  order.order === 'placement-order' &&
  order.madeDate >= plan.should_be_placed_date &&
  (plan.ended_date === null || order.madeDate <= plan.ended_date);

/** The court's placement orders that belong to none of the child's adoption plans (no agency decision recorded for them). */
export const placementOrdersWithoutPlan = (plans: readonly Plan[], court: readonly FinalOrderMade[]) =>
  court.filter((order) => order.order === 'placement-order' && !plans.some((plan) => placementOrderFor(plan, order)));

/** A special guardianship order the child has: recorded here (with its row, to correct) or made by the court. */
export type SpecialGuardianshipOrder = { date: string; byCourt: false; id: number } | { date: string; byCourt: true };

/**
 * The child's special guardianship orders, earliest first: those recorded here and those the court
 * made; an order recorded here on the day the court made one is that order, counted once.
 */
export function specialGuardianshipOrders(
  recorded: readonly { id: number; order_date: string }[],
  court: readonly FinalOrderMade[],
): SpecialGuardianshipOrder[] {
  const here = recorded.map((row): SpecialGuardianshipOrder => ({ date: row.order_date, byCourt: false, id: row.id }));
  const byCourt = court
    .filter((order) => order.order === 'special-guardianship-order')
    .filter((order) => !recorded.some((row) => row.order_date === order.madeDate))
    .map((order): SpecialGuardianshipOrder => ({ date: order.madeDate, byCourt: true }));
  return [...here, ...byCourt].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * `specialGuardianshipOrders` in SQL: each child's orders recorded here and those the court made,
 * an order recorded here on the day the court made one counted once (`child_id`, `order_date`).
 */
export const specialGuardianshipOrdersSql = sql<{ child_id: number; order_date: string }>`(
  select child_id, order_date from special_guardianship_orders
  union
  select made.child_id, made.made_date from ${finalOrdersMade} made where made.final_order = 'special-guardianship-order')`;
