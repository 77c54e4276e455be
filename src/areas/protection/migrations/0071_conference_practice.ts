import { sql, type Kysely } from 'kysely';

// A child protection conference records why it decided as it did and how the parents took part,
// beside how the child took part. Conferences recorded before have neither.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table child_protection_conferences
      add column decision_reasons text
        constraint child_protection_conferences_reasons_length check (length(decision_reasons) <= 5000),
      add column parents_participation text constraint child_protection_conferences_parents_participation_check
        check (parents_participation in ('both-attended', 'one-attended', 'attended-part', 'in-writing', 'did-not-attend', 'excluded'))
  `.execute(db);
}
