// The orders the court made for each child when care proceedings concluded, for the areas that act
// on them (permanence's adoption route and special guardianship, care's legal status): the court
// holds the order, they read it, so a social worker records the court's decision once.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';
import { finalOrders, type FinalOrder } from './codes.ts';

/** A final order the court made for a child: made on the day the proceedings concluded. */
export interface FinalOrderMade {
  order: FinalOrder;
  /** The order's label, as the court area lists it. */
  label: string;
  madeDate: string;
  proceedingsId: number;
}

/**
 * The final orders made, one row a child and order: an application withdrawn is not an order, so it
 * is left out; "no order" is the court's decision and is kept. Read by `finalOrdersOf` and by SQL
 * that needs the orders beside other records (the permanence indicators).
 */
export const finalOrdersMade = sql<{
  child_id: number;
  final_order: FinalOrder;
  made_date: string;
  proceedings_id: number;
}>`(select pc.child_id, pc.final_order, cp.conclusion_date as made_date, cp.id as proceedings_id
  from proceedings_children pc join care_proceedings cp on cp.id = pc.proceedings_id
  where pc.final_order is not null and pc.final_order <> 'withdrawn' and cp.conclusion_date is not null)`;

/** Each child's final orders, earliest first (every child asked about has a list). */
export async function finalOrdersOf(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, FinalOrderMade[]>> {
  const rows =
    childIds.length === 0
      ? []
      : await db
          .selectFrom(finalOrdersMade.as('made'))
          .selectAll()
          .where('made.child_id', 'in', childIds)
          .orderBy('made.made_date')
          .orderBy('made.proceedings_id')
          .execute();
  const byChild = groupBy(rows, (row) => row.child_id);
  return perChild(childIds, (childId) =>
    (byChild.get(childId) ?? []).map((row) => ({
      order: row.final_order,
      label: finalOrders[row.final_order],
      madeDate: row.made_date,
      proceedingsId: row.proceedings_id,
    })),
  );
}
