// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// How the child's wishes and feelings were gathered on a visit (spoken, drawn, through an advocate
// or interpreter, observed for a child who does not yet talk), so the child's voice is data. Visits
// recorded before say nothing of how.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table visits add column voice_gathered text[] not null default '{}'
      constraint visits_voice_gathered_known check (voice_gathered <@ array[
        'spoken', 'drawn', 'advocate', 'interpreter', 'observed']::text[])
  `.execute(db);
}
