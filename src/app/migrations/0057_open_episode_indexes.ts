import { sql, type Kysely } from 'kysely';

// Children open on a date (reports/journey/openCases.ts) are those with an episode not ended, or
// ended after the date. Each half has its index — the open ones a partial index of just them, the
// rest by their end date — so the question reads the open episodes, not ten years of closed ones.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index referrals_open on referrals (referral_date) include (child_id) where closure_date is null;
    create index referrals_closure on referrals (closure_date) include (child_id, referral_date) where closure_date is not null;
    create index cin_plans_open on cin_plans (start_date) include (child_id) where end_date is null;
    create index cin_plans_end on cin_plans (end_date) include (child_id, start_date) where end_date is not null;
    create index child_protection_plans_open on child_protection_plans (start_date) include (child_id) where end_date is null;
    create index child_protection_plans_end on child_protection_plans (end_date) include (child_id, start_date) where end_date is not null;
    create index periods_of_care_open on periods_of_care (start_date) include (child_id) where end_date is null;
    create index periods_of_care_end on periods_of_care (end_date) include (child_id, start_date) where end_date is not null;
  `.execute(db);
}
