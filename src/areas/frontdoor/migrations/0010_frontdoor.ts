// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The front door: contacts (one contact may be about several children) and the decision on each.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The days an episode holds, for the no-overlap rules of every episode table: a later
    -- episode may start on the day an earlier one ended (as in the returns), while an episode
    -- that starts and ends on one day (an NFA referral) still holds that day.
    create function episode_days(start_date date, end_date date) returns daterange
      language sql immutable parallel safe
      as $$ select daterange(start_date, case when end_date is null then null else greatest(end_date, start_date + 1) end, '[)') $$;

    create table contacts (
      id bigint generated always as identity primary key,
      received_at timestamptz not null,
      source text not null check (source in (
        '4', '6', '7', '8', '9', '10', '1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '5A', '5B', '5C',
        '5D')),
      source_detail text,
      level_of_need smallint check (level_of_need in ('1', '2', '3', '4')),
      consent text not null check (consent in ('given', 'not-given', 'overridden')),
      consent_override_reason text,
      domestic_abuse_notification boolean not null default false,
      out_of_hours boolean not null default false,
      concerns text not null check (length(trim(concerns)) > 0),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint contacts_consent_override_reason check (consent <> 'overridden' or coalesce(length(trim(consent_override_reason)), 0) > 0),
      -- The decision copies the received time to compare with it (see contact_decisions).
      constraint contacts_id_received unique (id, received_at)
    );
    create index contacts_received_at on contacts (received_at);

    -- Each child the contact is about: a row per child, kept whatever the decision (even NFA).
    create table contact_children (
      contact_id bigint not null references contacts(id),
      child_id bigint not null references children(id),
      primary key (contact_id, child_id)
    );
    create index contact_children_child on contact_children (child_id);

    create table contact_decisions (
      id bigint generated always as identity primary key,
      contact_id bigint not null,
      contact_received_at timestamptz not null,
      decided_at timestamptz not null,
      outcome text not null check (outcome in ('no-further-action', 'advice', 'early-help', 'referral', 'strategy-discussion')),
      reasons text not null check (length(trim(reasons)) > 0),
      decided_by integer references users(id),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint contact_decisions_one_per_contact unique (contact_id),
      constraint contact_decisions_contact foreign key (contact_id, contact_received_at)
        references contacts (id, received_at) on update cascade,
      constraint contact_decisions_after_received check (decided_at >= contact_received_at)
    );
  `.execute(db);
}
