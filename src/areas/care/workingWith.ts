import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { WorkingWith } from '../../platform/access/recordScope.ts';

/** Reviews chaired by the worker this person signs in as. */
const chairedBy = (userId: number) => (eb: ExpressionBuilder<Database, 'looked_after_reviews'>) =>
  eb(
    'looked_after_reviews.iro_worker_id',
    'in',
    eb.selectFrom('workers').select('workers.id').where('workers.user_id', '=', userId),
  );

/** The independent reviewing officer of any of the child's looked-after reviews. */
export const reviewedByThem: WorkingWith = async (db, user, childIds) => {
  const rows = await db
    .selectFrom('looked_after_reviews')
    .select('looked_after_reviews.child_id')
    .distinct()
    .where('looked_after_reviews.child_id', 'in', childIds)
    .where(chairedBy(user.id))
    .execute();
  return rows.map((row) => row.child_id);
};

/**
 * The children looked after today whose latest review this person chaired: they chair the next.
 * Read by the reviews' officer index (migration 0086).
 */
export async function childrenReviewedBy(db: Kysely<Database>, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('looked_after_reviews')
    .select('looked_after_reviews.child_id')
    .where(chairedBy(userId))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('periods_of_care')
          .select('periods_of_care.id')
          .whereRef('periods_of_care.child_id', '=', 'looked_after_reviews.child_id')
          .where('periods_of_care.end_date', 'is', null),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('looked_after_reviews as later')
            .select('later.id')
            .whereRef('later.child_id', '=', 'looked_after_reviews.child_id')
            .whereRef('later.review_date', '>', 'looked_after_reviews.review_date'),
        ),
      ),
    )
    .execute();
  return rows.map((row) => row.child_id);
}
