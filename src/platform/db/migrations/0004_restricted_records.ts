import { sql, type Kysely } from 'kysely';

// Restricted records (adoption, staff members' families, high-profile cases) open only to people
// granted access, or by break-glass with a reason that managers review.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table child_access_grants (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      user_id integer not null references users(id),
      granted_by integer references users(id),
      reason text not null check (length(trim(reason)) > 0),
      granted_at timestamptz not null default now(),
      revoked_at timestamptz,
      unique (child_id, user_id)
    );

    -- Each break-glass opening; a manager marks it reviewed (the opening itself is never changed).
    create table break_glass_openings (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      user_id integer not null references users(id),
      reason text not null check (length(trim(reason)) >= 10),
      opened_at timestamptz not null default now(),
      expires_at timestamptz not null,
      reviewed_by integer references users(id),
      reviewed_at timestamptz,
      review_note text,
      constraint break_glass_reviewed_together check ((reviewed_by is null) = (reviewed_at is null))
    );
    create index break_glass_unreviewed on break_glass_openings (opened_at) where reviewed_at is null;
    create index break_glass_user_child on break_glass_openings (user_id, child_id, expires_at);
  `.execute(db);
}
