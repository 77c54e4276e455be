import { sql, type Kysely } from 'kysely';

// Need-to-know access: someone who does not work with a child gives a reason before opening the
// record. The reason holds for that child for the rest of the day it was given (an English date);
// the child's team manager reviews them beside the break-glass openings.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table record_access_reasons (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      user_id integer not null references users(id),
      reason text not null check (reason in ('duty', 'out-of-hours', 'covering', 'management-oversight', 'other')),
      detail text check (detail is null or length(trim(detail)) > 0),
      given_on date not null,
      given_at timestamptz not null default now(),
      reviewed_by integer references users(id),
      reviewed_at timestamptz,
      review_note text,
      constraint record_access_reason_other_explained check (reason <> 'other' or detail is not null),
      constraint record_access_reason_reviewed_together check ((reviewed_by is null) = (reviewed_at is null))
    );
    create index record_access_reasons_user_child on record_access_reasons (user_id, child_id, given_on);
    create index record_access_reasons_unreviewed on record_access_reasons (given_at) where reviewed_at is null;
  `.execute(db);
}
