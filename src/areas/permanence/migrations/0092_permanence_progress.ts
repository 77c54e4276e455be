// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The permanence tracker's other routes: the assessment of a special guardian, long-term fostering
// confirmed by the panel and the agency decision maker, and whether brothers and sisters are placed
// together — decided once for the group, a row on each child's record sharing the group's id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table special_guardian_assessments (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      special_guardian text not null,
      started_date date not null,
      completed_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint special_guardian_assessments_named check (length(trim(special_guardian)) > 0),
      constraint special_guardian_assessments_completed_after_start check (completed_date >= started_date),
      constraint special_guardian_assessments_once unique (child_id, special_guardian, started_date)
    );

    create table long_term_fostering_confirmations (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      panel_date date not null,
      confirmed_date date not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint long_term_fostering_confirmed_after_panel check (confirmed_date >= panel_date),
      constraint long_term_fostering_once unique (child_id, confirmed_date)
    );

    create table sibling_placements (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      sibling_group uuid not null,
      decided_date date not null,
      placed text not null check (placed in ('together', 'some-together', 'apart')),
      reason text,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      -- Brothers and sisters placed apart (or only some together) need the reason.
      constraint sibling_placements_reason check (placed = 'together' or length(trim(reason)) > 0),
      constraint sibling_placements_one_per_child unique (child_id, sibling_group)
    );
    create index sibling_placements_group on sibling_placements (sibling_group);
  `.execute(db);
}
