// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Child in need plans and their reviews, plan actions (CIN, CP and care plans) and visits.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cin_plans (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      referral_id bigint,
      start_date date not null,
      end_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint cin_plans_id_child unique (id, child_id),
      constraint cin_plans_referral foreign key (referral_id, child_id) references referrals (id, child_id),
      -- CIN census 4011: the end date cannot be before the start date (same day is only a query, 4012Q).
      constraint cin_plans_end_after_start check (end_date is null or end_date >= start_date),
      -- CIN census 4014: plans do not overlap.
      constraint cin_plans_no_overlap exclude using gist (child_id with =, episode_days(start_date, end_date) with &&)
    );
    -- CIN census 4004: one open plan per child.
    create unique index cin_plans_one_open on cin_plans (child_id) where end_date is null;

    create table cin_plan_reviews (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      cin_plan_id bigint not null,
      review_date date not null,
      notes text,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint cin_plan_reviews_plan foreign key (cin_plan_id, child_id) references cin_plans (id, child_id)
    );
    create index cin_plan_reviews_plan on cin_plan_reviews (cin_plan_id);

    -- An action names its plan by type and id; each type the database can check has a generated
    -- column with a foreign key. Care plans are the care area's: it adds its key when its tables exist.
    create table plan_actions (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      plan_type text not null check (plan_type in ('child-in-need', 'child-protection', 'care')),
      plan_id bigint not null,
      cin_plan_id bigint generated always as (case when plan_type = 'child-in-need' then plan_id end) stored,
      child_protection_plan_id bigint generated always as (case when plan_type = 'child-protection' then plan_id end) stored,
      description text not null check (length(trim(description)) > 0),
      owner_name text,
      owner_user_id integer references users(id),
      recorded_date date not null,
      due_date date not null,
      done_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint plan_actions_cin_plan foreign key (cin_plan_id, child_id) references cin_plans (id, child_id),
      constraint plan_actions_child_protection_plan foreign key (child_protection_plan_id, child_id) references child_protection_plans (id, child_id),
      constraint plan_actions_owner check (owner_user_id is not null or coalesce(length(trim(owner_name)), 0) > 0),
      constraint plan_actions_due_after_recorded check (due_date >= recorded_date),
      constraint plan_actions_done_after_recorded check (done_date is null or done_date >= recorded_date)
    );
    create index plan_actions_plan on plan_actions (plan_type, plan_id);
    create index plan_actions_child on plan_actions (child_id);

    create table visits (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      visit_date date not null,
      purpose text not null check (purpose in ('child-protection', 'child-in-need', 'looked-after', 'other')),
      child_seen boolean not null,
      seen_alone boolean not null default false,
      wishes_and_feelings text,
      visited_by integer references users(id),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint visits_seen_alone_needs_seen check (not seen_alone or child_seen)
    );
    create index visits_child_date on visits (child_id, visit_date);
  `.execute(db);
}
