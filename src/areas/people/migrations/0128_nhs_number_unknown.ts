// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The NHS number is the child's consistent identifier (Children's Wellbeing and Schools Act 2026):
// where it is not recorded, the record says why (a newborn awaiting allocation, a child not yet
// registered with a GP, a number requested…), and "other" says it in words. A child has a number
// or a reason, never both. Children already recorded keep neither until someone records one.
// The number's check digit (NHS Data Dictionary, modulus 11) is held by the database too, so no
// way in — a form, an import, a script — can store a number the NHS never issued. ascii() - 48
// reads a digit without a cast that could fail: anything but ten digits is refused by 0002's check.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table children
      add column nhs_number_unknown text
        check (nhs_number_unknown in ('newborn', 'not-registered', 'uasc', 'requested', 'withheld', 'other')),
      add column nhs_number_unknown_detail text check (length(nhs_number_unknown_detail) between 1 and 500),
      add constraint children_nhs_number_or_reason check (nhs_number is null or nhs_number_unknown is null),
      add constraint children_nhs_number_unknown_detail
        check (coalesce(nhs_number_unknown = 'other', false) = (nhs_number_unknown_detail is not null)),
      add constraint children_nhs_number_check_digit check (
        nhs_number is null
        or (11 - ((ascii(substr(nhs_number, 1, 1)) - 48) * 10 + (ascii(substr(nhs_number, 2, 1)) - 48) * 9
          + (ascii(substr(nhs_number, 3, 1)) - 48) * 8 + (ascii(substr(nhs_number, 4, 1)) - 48) * 7
          + (ascii(substr(nhs_number, 5, 1)) - 48) * 6 + (ascii(substr(nhs_number, 6, 1)) - 48) * 5
          + (ascii(substr(nhs_number, 7, 1)) - 48) * 4 + (ascii(substr(nhs_number, 8, 1)) - 48) * 3
          + (ascii(substr(nhs_number, 9, 1)) - 48) * 2) % 11) % 11 = ascii(substr(nhs_number, 10, 1)) - 48
      );
  `.execute(db);
}
