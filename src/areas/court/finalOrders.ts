// The orders the court made for each child when care proceedings concluded, for the areas that act
// on them (permanence's adoption route and special guardianship, care's legal status): the court
// holds the order, they read it, so a social worker records the court's decision once.
import type { Kysely } from 'kysely';
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
 * Each child's final orders, earliest first (every child asked about has a list). An application
 * withdrawn is not an order, so it is left out; "no order" is the court's decision and is kept.
 */
export async function finalOrdersOf(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, FinalOrderMade[]>> {
  const rows =
    childIds.length === 0
      ? []
      : await db
          .selectFrom('proceedings_children')
          .innerJoin('care_proceedings', 'care_proceedings.id', 'proceedings_children.proceedings_id')
          .select([
            'proceedings_children.child_id',
            'proceedings_children.final_order',
            'care_proceedings.id',
            'care_proceedings.conclusion_date',
          ])
          .where('proceedings_children.child_id', 'in', childIds)
          .where('proceedings_children.final_order', 'is not', null)
          .where('proceedings_children.final_order', '!=', 'withdrawn')
          .where('care_proceedings.conclusion_date', 'is not', null)
          .orderBy('care_proceedings.conclusion_date')
          .orderBy('care_proceedings.id')
          .execute();
  const byChild = groupBy(rows, (row) => row.child_id);
  return perChild(childIds, (childId) =>
    (byChild.get(childId) ?? []).map((row) => ({
      order: row.final_order as FinalOrder,
      label: finalOrders[row.final_order as FinalOrder],
      madeDate: row.conclusion_date!,
      proceedingsId: row.id,
    })),
  );
}
