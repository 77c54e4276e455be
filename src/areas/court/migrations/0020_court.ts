// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Pre-proceedings under the Public Law Outline and care proceedings. Both are about one or more
// children of one family: the children are listed in join tables, so figures count by child and
// by family (a proceedings without a family group counts as one family).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pre_proceedings (
      id bigint generated always as identity primary key,
      family_id bigint references families(id),
      -- CIN census PPStartDate: the legal planning meeting that decided to enter pre-proceedings.
      start_date date not null,
      letter_before_proceedings_date date,
      initial_meeting_date date,
      decision_date date,
      outcome text check (outcome in ('issue-proceedings', 'step-down', 'other')),
      outcome_detail text,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint pre_proceedings_letter_after_start check (letter_before_proceedings_date >= start_date),
      constraint pre_proceedings_meeting_after_letter check (
        initial_meeting_date is null or (letter_before_proceedings_date is not null and initial_meeting_date >= letter_before_proceedings_date)),
      constraint pre_proceedings_end_after_start check (decision_date >= start_date),
      constraint pre_proceedings_decision_has_outcome check ((decision_date is null) = (outcome is null)),
      constraint pre_proceedings_other_outcome_described check (outcome is distinct from 'other' or coalesce(length(trim(outcome_detail)), 0) > 0)
    );
    create index pre_proceedings_family on pre_proceedings (family_id) where family_id is not null;

    create table pre_proceedings_children (
      pre_proceedings_id bigint not null references pre_proceedings(id),
      child_id bigint not null references children(id),
      primary key (pre_proceedings_id, child_id)
    );
    create index pre_proceedings_children_child on pre_proceedings_children (child_id);

    create table pre_proceedings_meetings (
      id bigint generated always as identity primary key,
      pre_proceedings_id bigint not null references pre_proceedings(id),
      meeting_type text not null check (meeting_type in ('legal-planning', 'review')),
      meeting_date date not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint pre_proceedings_meetings_one_a_day unique (pre_proceedings_id, meeting_type, meeting_date)
    );

    create table care_proceedings (
      id bigint generated always as identity primary key,
      family_id bigint references families(id),
      pre_proceedings_id bigint references pre_proceedings(id),
      issue_date date not null,
      court text not null check (length(trim(court)) > 0),
      court_reference text,
      conclusion_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint care_proceedings_end_after_start check (conclusion_date >= issue_date)
    );
    create index care_proceedings_family on care_proceedings (family_id) where family_id is not null;
    create index care_proceedings_issue_date on care_proceedings (issue_date);

    -- The final order is made for each child, so it is recorded per child.
    create table proceedings_children (
      id bigint generated always as identity primary key,
      proceedings_id bigint not null references care_proceedings(id),
      child_id bigint not null references children(id),
      final_order text check (final_order in (
        'care-order', 'supervision-order', 'special-guardianship-order', 'child-arrangements-order', 'placement-order', 'no-order',
        'withdrawn')),
      version integer not null default 1,
      constraint proceedings_children_once unique (proceedings_id, child_id)
    );
    create index proceedings_children_child on proceedings_children (child_id);

    -- Children Act 1989 s32(5): each extension of the 26-week timetable is at most 8 weeks.
    create table proceedings_extensions (
      id bigint generated always as identity primary key,
      proceedings_id bigint not null references care_proceedings(id),
      granted_date date not null,
      weeks integer not null,
      reason text not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint proceedings_extensions_weeks_limit check (weeks between 1 and 8),
      constraint proceedings_extensions_reason_given check (length(trim(reason)) > 0)
    );
    create index proceedings_extensions_proceedings on proceedings_extensions (proceedings_id);
  `.execute(db);
}
