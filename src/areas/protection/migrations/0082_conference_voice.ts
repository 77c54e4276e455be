// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The child's views brought to a child protection conference, as visits keep the child's voice
// (0072): their wishes and feelings in their own words and how they were gathered (spoken, drawn,
// through an advocate or interpreter, observed for a child who does not yet talk). Each child's
// conference row is their own, so brothers and sisters recorded together each keep their own words.
// Conferences recorded before have none.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table child_protection_conferences
      add column wishes_and_feelings text
        constraint child_protection_conferences_wishes_and_feelings_length check (length(wishes_and_feelings) <= 10000),
      add column voice_gathered text[] not null default '{}'
        constraint child_protection_conferences_voice_gathered_known check (voice_gathered <@ array[
          'spoken', 'drawn', 'advocate', 'interpreter', 'observed']::text[]),
      add constraint child_protection_conferences_voice_gathered_with_words
        check ((wishes_and_feelings is null) = (cardinality(voice_gathered) = 0))
  `.execute(db);
}
