import { sql, type Kysely } from 'kysely';

// The OC3 in-touch window opens 3 months before the birthday (it opened 1 month before), so the
// care leaver contact items change: the stored items are cleared and `serve` recomputes them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from due_items`.execute(db);
}
