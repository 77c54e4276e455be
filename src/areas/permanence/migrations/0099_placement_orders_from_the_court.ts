import { sql, type Kysely } from 'kysely';

// A2 (placement order to match) now counts from the court's placement order when the adoption plan
// holds no date of its own, so a child whose order was recorded only at the court's conclusion has
// an A2 item: the stored items are cleared and `serve` rebuilds them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from due_items`.execute(db);
}
