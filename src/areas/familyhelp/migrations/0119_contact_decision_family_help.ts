import { sql, type Kysely } from 'kysely';

// The front door may decide Family Help (a council on the unified Family Help model).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table contact_decisions drop constraint contact_decisions_outcome_check;
    alter table contact_decisions add constraint contact_decisions_outcome_check check (outcome in
      ('no-further-action', 'advice', 'early-help', 'family-help', 'referral', 'strategy-discussion', 'allocated-team'));
  `.execute(db);
}
