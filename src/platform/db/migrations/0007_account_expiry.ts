import { sql, type Kysely } from 'kysely';

// Inspectors' accounts are time-boxed to the inspection: an account may end on a date.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column access_ends_on date`.execute(db);
}
