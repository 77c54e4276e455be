// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Periods of care, episodes and reviews loaded from a council's past SSDA903 returns say so, so a
// page and an analyst can tell them from what was recorded in Harbour.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table periods_of_care add column imported_from text check (imported_from in ('SSDA903'));
    alter table care_episodes add column imported_from text check (imported_from in ('SSDA903'));
    alter table looked_after_reviews add column imported_from text check (imported_from in ('SSDA903'));
  `.execute(db);
}
