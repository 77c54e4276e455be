// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Workers and who each child is allocated to, over time: caseloads and "allocated worker"
// on every list are read from here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workers (
      id bigint generated always as identity primary key,
      user_id integer unique references users(id),
      name text not null check (length(trim(name)) > 0),
      role text not null check (role in ('social-worker', 'asye', 'senior-practitioner', 'family-support', 'personal-adviser', 'iro', 'team-manager', 'lado')),
      team_id integer references teams(id),
      start_date date not null,
      end_date date,
      full_time_equivalent numeric(3,2) not null default 1 check (full_time_equivalent > 0 and full_time_equivalent <= 1),
      is_agency boolean not null default false,
      is_synthetic boolean not null default false,
      version integer not null default 1,
      constraint workers_end_after_start check (end_date is null or end_date >= start_date)
    );
    create index workers_team on workers (team_id);

    -- One allocated worker per child at a time; a new allocation starts the day the last ends.
    create table allocations (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      worker_id bigint not null references workers(id),
      team_id integer not null references teams(id),
      start_date date not null,
      end_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint allocations_end_after_start check (end_date is null or end_date >= start_date),
      constraint allocations_no_overlap exclude using gist (child_id with =, daterange(start_date, end_date, '[)') with &&)
    );
    create index allocations_worker on allocations (worker_id, start_date);
    create index allocations_team on allocations (team_id) where end_date is null;
  `.execute(db);
}
