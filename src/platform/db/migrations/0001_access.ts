// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The core every area stands on: teams and users, sessions kept in the database,
// council settings, and the append-only audit trail.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table harbour_settings (
      key text primary key,
      value text not null
    );

    create table teams (
      id serial primary key,
      name text not null unique check (length(trim(name)) > 0),
      created_at timestamptz not null default now()
    );

    create table users (
      id serial primary key,
      username text not null check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
      display_name text not null check (length(trim(display_name)) > 0),
      email text,
      roles text[] not null check (cardinality(roles) > 0 and roles <@ array[
        'practitioner', 'team-manager', 'service-manager', 'iro', 'front-door', 'lado', 'analyst', 'leader', 'inspector',
        'administrator']::text[]),
      team_id integer references teams(id),
      password_hash text not null,
      disabled_at timestamptz,
      failed_sign_ins integer not null default 0,
      locked_until timestamptz,
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    );
    create unique index users_username_key on users (lower(username));

    create table sessions (
      sid text primary key,
      data jsonb not null,
      expires_at timestamptz not null
    );
    create index sessions_expires_at on sessions (expires_at);

    create table audit_events (
      id bigserial primary key,
      occurred_at timestamptz not null default now(),
      user_id integer references users(id),
      username text,
      event text not null,
      child_id text,
      record_type text,
      record_id text,
      reason text,
      detail jsonb not null default '{}'::jsonb,
      ip text
    );
    create index audit_events_occurred_at on audit_events (occurred_at);
    create index audit_events_user on audit_events (user_id, occurred_at);
    create index audit_events_child on audit_events (child_id, occurred_at) where child_id is not null;

    -- The audit trail is evidence: the database itself refuses to change or remove it.
    create function audit_events_are_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
    end;
    $$;
    create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function audit_events_are_append_only();
    create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_are_append_only();
  `.execute(db);
}
