// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The births of a young person's own children, as the SSDA903 Header asks of a looked-after girl
// (MOTHER, and MC_DOB the date of birth of her first child). A person's fact, not a period of care's:
// it stays true after she leaves care. The baby need not have a record of their own (when they do,
// the parent relationship says so too). Imported from a past Header, a birth says so.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table births_to_young_people (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      born_on date not null,
      imported_from text check (imported_from in ('SSDA903')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      -- Twins are one birth: the return asks only the first child's date.
      constraint births_to_young_people_one_a_day unique (child_id, born_on)
    );
  `.execute(db);
}
