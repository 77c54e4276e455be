// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The child's voice in the single assessment, as visits keep it (0072): their wishes and feelings in
// their own words and how they were gathered (spoken, drawn, through an advocate or interpreter,
// observed for a child who does not yet talk), so the child's page can list them. A child not seen
// during the assessment has the reason why instead of a date. Assessments submitted before have none.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table assessments
      add column wishes_and_feelings text
        constraint assessments_wishes_and_feelings_length check (length(wishes_and_feelings) <= 10000),
      add column voice_gathered text[] not null default '{}'
        constraint assessments_voice_gathered_known check (voice_gathered <@ array[
          'spoken', 'drawn', 'advocate', 'interpreter', 'observed']::text[]),
      add column child_not_seen_reason text
        constraint assessments_child_not_seen_reason_length check (length(child_not_seen_reason) <= 2000),
      add constraint assessments_voice_gathered_with_words
        check ((wishes_and_feelings is null) = (cardinality(voice_gathered) = 0)),
      add constraint assessments_not_seen_reason_when_not_seen
        check (child_seen_date is null or child_not_seen_reason is null)
  `.execute(db);
}
