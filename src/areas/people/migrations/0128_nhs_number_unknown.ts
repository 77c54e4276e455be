// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The NHS number is the child's consistent identifier (Children's Wellbeing and Schools Act 2026):
// where it is not recorded, the record says why (a newborn awaiting allocation, a child not yet
// registered with a GP, a number requested…), and "other" says it in words. A child has a number
// or a reason, never both. Children already recorded keep neither until someone records one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table children
      add column nhs_number_unknown text
        check (nhs_number_unknown in ('newborn', 'not-registered', 'uasc', 'requested', 'withheld', 'other')),
      add column nhs_number_unknown_detail text check (length(nhs_number_unknown_detail) between 1 and 500),
      add constraint children_nhs_number_or_reason check (nhs_number is null or nhs_number_unknown is null),
      add constraint children_nhs_number_unknown_detail
        check (coalesce(nhs_number_unknown = 'other', false) = (nhs_number_unknown_detail is not null));
  `.execute(db);
}
