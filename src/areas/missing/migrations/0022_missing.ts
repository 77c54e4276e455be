// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Missing and away episodes (903 Missing table, kept to the minute) and return home interviews.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- '[)': a child can go missing again the moment they are returned.
    create table missing_episodes (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      missing_type text not null check (missing_type in ('M', 'A')),
      started_at timestamptz not null,
      returned_at timestamptz,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint missing_episodes_end_after_start check (returned_at >= started_at),
      constraint missing_episodes_no_overlap exclude using gist (child_id with =, tstzrange(started_at, returned_at, '[)') with &&),
      constraint missing_episodes_child unique (id, child_id)
    );
    create unique index missing_episodes_one_open on missing_episodes (child_id) where returned_at is null;

    -- One interview per return; declining is an offer not accepted (accepted = false).
    create table return_home_interviews (
      id bigint generated always as identity primary key,
      missing_episode_id bigint not null,
      child_id bigint not null references children(id),
      offered boolean not null,
      offered_at timestamptz,
      accepted boolean,
      held_at timestamptz,
      manager_comment text,
      manager_comment_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint return_home_interviews_episode foreign key (missing_episode_id, child_id) references missing_episodes (id, child_id),
      constraint return_home_interviews_one_per_episode unique (missing_episode_id),
      constraint return_home_interviews_offered_when check (offered = (offered_at is not null)),
      constraint return_home_interviews_answer_after_offer check (accepted is null or offered),
      constraint return_home_interviews_held_when_accepted check (held_at is null or (offered and accepted is distinct from false)),
      constraint return_home_interviews_held_after_offer check (held_at >= offered_at),
      constraint return_home_interviews_manager_comment_dated check ((manager_comment is null) = (manager_comment_date is null)),
      constraint return_home_interviews_manager_comment_given check (length(trim(manager_comment)) > 0)
    );
  `.execute(db);
}
