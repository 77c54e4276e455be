import { sql, type Kysely } from 'kysely';

// The senior manager's review of a child protection plan records what they found and the
// direction they gave, not only its date. Reviews recorded before have neither.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table child_protection_plans
      add column senior_manager_finding text
        constraint child_protection_plans_senior_finding_length check (length(senior_manager_finding) <= 5000),
      add column senior_manager_direction text
        constraint child_protection_plans_senior_direction_length check (length(senior_manager_direction) <= 5000)
  `.execute(db);
}
