import { sql, type Kysely } from 'kysely';

// A contact about a child whose case is already open is not a referral (the DfE's definition: a
// request for services for a child not already open): the front door passes it to the allocated
// worker's team as information, and the decision says so.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table contact_decisions drop constraint contact_decisions_outcome_check;
    alter table contact_decisions add constraint contact_decisions_outcome_check check (outcome in
      ('no-further-action', 'advice', 'early-help', 'referral', 'strategy-discussion', 'allocated-team'));
  `.execute(db);
}
