// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// A looked-after child's convictions, as the SSDA903 OC2 asks (CONVICTED: convicted of an offence in
// the year). The day only: the return asks nothing of the offence, and the youth justice service
// keeps the rest. Imported from a past OC2 row, a conviction is dated the year's last day.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table convictions (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      convicted_on date not null,
      imported_from text check (imported_from in ('SSDA903')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint convictions_one_a_day unique (child_id, convicted_on)
    );
  `.execute(db);
}
