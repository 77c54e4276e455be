// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Referrals and assessments loaded from a council's past CIN census returns say so, so a page and
// an analyst can tell them from what was recorded in Harbour.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table referrals add column imported_from text check (imported_from in ('CIN'));
    alter table assessments add column imported_from text check (imported_from in ('CIN'));
  `.execute(db);
}
