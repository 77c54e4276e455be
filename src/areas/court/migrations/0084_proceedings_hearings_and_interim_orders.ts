// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The hearings of care proceedings (Practice Direction 12A stages), and the interim orders made for
// each child (Children Act 1989 s38): the court tracker's next hearing and the child's order today.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table proceedings_hearings (
      id bigint generated always as identity primary key,
      proceedings_id bigint not null references care_proceedings(id),
      hearing_date date not null,
      hearing_type text not null check (hearing_type in (
        'case-management', 'further-case-management', 'interim', 'issues-resolution', 'final', 'other')),
      court text not null check (length(trim(court)) > 0),
      outcome text,
      next_hearing_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint proceedings_hearings_next_after check (next_hearing_date > hearing_date)
    );
    create index proceedings_hearings_proceedings on proceedings_hearings (proceedings_id, hearing_date);

    create table proceedings_interim_orders (
      id bigint generated always as identity primary key,
      proceedings_id bigint not null references care_proceedings(id),
      child_id bigint not null references children(id),
      order_type text not null check (order_type in ('interim-care-order', 'interim-supervision-order')),
      made_date date not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint proceedings_interim_orders_once_a_day unique (proceedings_id, child_id, made_date)
    );
    create index proceedings_interim_orders_child on proceedings_interim_orders (child_id, made_date);
  `.execute(db);
}
