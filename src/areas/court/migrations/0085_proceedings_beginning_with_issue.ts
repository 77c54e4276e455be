import { sql, type Kysely } from 'kysely';

// The 26 weeks of care proceedings begin with the day of issue (day 1), so each proceedings' due
// date is a day earlier than stored: the stored items are cleared and `serve` rebuilds them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from due_items`.execute(db);
}
