// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Child in need plans, strategy discussions, section 47 enquiries, child protection conferences and
// plans loaded from a council's past CIN census returns say so, as referrals do (0116). A plan keeps
// the NumberOfPreviousCPP the census gave it: the earlier plans it counts may predate what Harbour
// holds, so counting Harbour's own plans would give a smaller number.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table cin_plans add column imported_from text check (imported_from in ('CIN'));
    alter table strategy_discussions add column imported_from text check (imported_from in ('CIN'));
    alter table section_47_enquiries add column imported_from text check (imported_from in ('CIN'));
    alter table child_protection_conferences add column imported_from text check (imported_from in ('CIN'));
    alter table child_protection_plans
      add column imported_from text check (imported_from in ('CIN')),
      add column previous_plans_given integer
        constraint child_protection_plans_previous_plans_given check (previous_plans_given between 0 and 50);
  `.execute(db);
}
