// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// What the child's family or previous council says, when the child starts to be looked after, of a
// permanence order the child left an earlier period of care through (SSDA903 PrevPerm): one per
// period of care. The order's date may be known only to its month or year, or not at all (the guide's
// zz/MM/YYYY), so its parts are kept apart; LA_PERM is the DfE's council number, or WAL, SCO, NUK,
// NIR, or 999 when not known.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table previous_permanence (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      period_of_care_id bigint not null references periods_of_care(id),
      option text not null check (option in ('P1', 'P2', 'P3', 'P4', 'Z1')),
      local_authority text check (local_authority ~ '^([0-9]{3}|WAL|SCO|NUK|NIR)$'),
      order_year integer check (order_year between 1900 and 2100),
      order_month integer check (order_month between 1 and 12),
      order_day integer check (order_day between 1 and 31),
      imported_from text check (imported_from in ('SSDA903')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint previous_permanence_one_a_period unique (period_of_care_id),
      -- A day is known only with its month, a month only with its year.
      constraint previous_permanence_date_parts check (
        (order_day is null or order_month is not null) and (order_month is null or order_year is not null)),
      -- 903 rule 635: no council or date with Z1 (none) or P4 (not known).
      constraint previous_permanence_order_details check (
        option not in ('P4', 'Z1') or (local_authority is null and order_year is null))
    );
    create index previous_permanence_child on previous_permanence (child_id);
  `.execute(db);
}
