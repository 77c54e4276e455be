import { sql, type Kysely } from 'kysely';

// The statutory visit rule (cla-visit) no longer keeps the weekly cycle of regulations 19 and 24 past
// the first review: stored due items are cleared, and `serve` recomputes every child's, as after an upgrade.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from due_items`.execute(db);
}
