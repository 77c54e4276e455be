// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// A council moving to Harbour brings its past returns: each child keeps the identifier their
// previous system gave them (the 903's CHILD, the CIN census's LAchildID), by which a second
// import finds them again, and a child first recorded by an import says which return it came from.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table children
      add column previous_system_id text check (length(previous_system_id) between 1 and 50),
      add column imported_from text check (imported_from in ('SSDA903', 'CIN'));
    create unique index children_previous_system_id on children (previous_system_id) where previous_system_id is not null;
    alter table immigration_statuses
      add column imported_from text check (imported_from in ('SSDA903', 'CIN'));
  `.execute(db);
}
