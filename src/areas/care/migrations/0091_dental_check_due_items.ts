import { sql, type Kysely } from 'kysely';

// A new standard, the looked-after child's yearly dental check: the stored due items are cleared, and
// `serve` recomputes every child's with it, as after an upgrade.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from due_items`.execute(db);
}
