import { sql, type Kysely } from 'kysely';

// Multi-agency child protection teams (Working Together 2026, Families First): a team of the
// council's teams table that holds section 47 enquiries and child protection plans, with members
// from the council, police, health, education and other agencies. A member is a Harbour user (a
// council worker or a partner practitioner's account) or a professional named with their agency
// and how to reach them. A member leaves on a day; no member row is deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table multi_agency_teams (
      team_id integer primary key references teams(id),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1
    );
    create table multi_agency_team_members (
      id bigint generated always as identity primary key,
      team_id integer not null references multi_agency_teams(team_id),
      user_id integer references users(id),
      name text,
      agency text not null constraint multi_agency_team_members_agency_known
        check (agency in ('police', 'health', 'education', 'social-care', 'early-help', 'probation', 'housing', 'other')),
      role text not null constraint multi_agency_team_members_role
        check (length(trim(role)) between 1 and 200),
      phone text constraint multi_agency_team_members_phone check (phone is null or length(trim(phone)) between 1 and 40),
      email text constraint multi_agency_team_members_email check (email is null or length(trim(email)) between 3 and 254),
      joined_on date not null,
      left_on date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      -- A Harbour user is named by their account; anyone else by their name.
      constraint multi_agency_team_members_who check (
        (user_id is not null and name is null) or (user_id is null and coalesce(length(trim(name)), 0) between 1 and 200)
      ),
      constraint multi_agency_team_members_left_after_joined check (left_on is null or left_on >= joined_on)
    );
    create unique index multi_agency_team_members_once on multi_agency_team_members (team_id, user_id)
      where user_id is not null and left_on is null;
    create index multi_agency_team_members_of_team on multi_agency_team_members (team_id);
    create index multi_agency_team_members_user on multi_agency_team_members (user_id) where user_id is not null;
  `.execute(db);
}
