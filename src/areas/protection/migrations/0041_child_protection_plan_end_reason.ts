import { sql, type Kysely } from 'kysely';

// A plan ended away from a review conference (the child moved to another council) keeps the
// reason given on the plan itself: ending a plan is a step in its progress, not a correction.
// Plans ended before this kept the reason in their end date's amendment; it moves across.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child_protection_plans add column end_reason text`.execute(db);
  await sql`
    update child_protection_plans plan set end_reason = (
      select reason from record_amendments
      where table_name = 'child_protection_plans' and record_id = plan.id and field = 'end_date'
      order by id desc limit 1
    )
    where end_date is not null
  `.execute(db);
}
