// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Child protection: strategy discussions, section 47 enquiries, conferences, plans and core groups.
// Composite foreign keys with child_id keep every linked record about the same child.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table strategy_discussions (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      referral_id bigint,
      decision_date date not null,
      held_date date,
      agencies text[] not null default '{}',
      decision text check (decision in ('section-47', 'no-section-47')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint strategy_discussions_referral foreign key (referral_id, child_id) references referrals (id, child_id),
      constraint strategy_discussions_held_after_decision check (held_date is null or held_date >= decision_date),
      constraint strategy_discussions_agencies_known check (agencies <@ array[
        'police', 'health', 'education', 'social-care', 'early-help', 'probation', 'housing', 'other']::text[]),
      constraint strategy_discussions_decision_when_held check (decision is null or held_date is not null),
      -- The section 47 enquiry starts on the day the discussion was held (S47ActualStartDate).
      constraint strategy_discussions_id_child_held unique (id, child_id, held_date)
    );
    create index strategy_discussions_child on strategy_discussions (child_id);

    create table section_47_enquiries (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      strategy_discussion_id bigint not null,
      start_date date not null,
      end_date date,
      outcome text check (outcome in ('initial-conference', 'child-in-need-plan', 'not-substantiated', 'no-further-action')),
      initial_conference_not_required boolean not null default false,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint section_47_enquiries_id_child unique (id, child_id),
      constraint section_47_enquiries_one_per_discussion unique (strategy_discussion_id),
      constraint section_47_enquiries_strategy_discussion foreign key (strategy_discussion_id, child_id, start_date)
        references strategy_discussions (id, child_id, held_date) on update cascade,
      constraint section_47_enquiries_end_after_start check (end_date is null or end_date >= start_date),
      constraint section_47_enquiries_outcome_when_concluded check ((end_date is null) = (outcome is null)),
      constraint section_47_enquiries_conference_not_required check (not (initial_conference_not_required and outcome = 'initial-conference'))
    );
    -- CIN census 8890: one section 47 enquiry at a time.
    create unique index section_47_enquiries_one_open on section_47_enquiries (child_id) where end_date is null;

    create table child_protection_conferences (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      type text not null check (type in ('initial', 'review')),
      conference_date date not null,
      section_47_enquiry_id bigint,
      child_protection_plan_id bigint,
      outcome text not null check (outcome in ('plan', 'no-plan', 'continue', 'end-plan')),
      category text check (category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
      child_participation text check (child_participation in ('attended', 'attended-part', 'advocate', 'writing', 'social-worker', 'did-not-participate', 'too-young')),
      practice_rating text check (practice_rating in ('red', 'amber', 'green')),
      chair_id integer references users(id),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint child_protection_conferences_id_child_date unique (id, child_id, conference_date),
      constraint child_protection_conferences_section_47 foreign key (section_47_enquiry_id, child_id) references section_47_enquiries (id, child_id),
      constraint child_protection_conferences_outcome_fits_type check (
        (type = 'initial' and outcome in ('plan', 'no-plan')) or (type = 'review' and outcome in ('continue', 'end-plan'))),
      constraint child_protection_conferences_category_for_plan check (outcome <> 'plan' or category is not null),
      constraint child_protection_conferences_plan_reviewed check ((type = 'review') = (child_protection_plan_id is not null)),
      constraint child_protection_conferences_section_47_initial check (type = 'initial' or section_47_enquiry_id is null)
    );
    create unique index child_protection_conferences_one_per_enquiry on child_protection_conferences (section_47_enquiry_id) where section_47_enquiry_id is not null;

    create table child_protection_plans (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      conference_id bigint not null,
      start_date date not null,
      end_date date,
      initial_category text not null check (initial_category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
      latest_category text not null check (latest_category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
      senior_manager_review_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint child_protection_plans_id_child unique (id, child_id),
      constraint child_protection_plans_one_per_conference unique (conference_id),
      -- CPPstartDate is the date of the conference that made the plan.
      constraint child_protection_plans_conference foreign key (conference_id, child_id, start_date)
        references child_protection_conferences (id, child_id, conference_date) on update cascade,
      -- CIN census 8925 and 8840: a plan cannot end before, or on, the day it starts.
      constraint child_protection_plans_end_after_start check (end_date is null or end_date > start_date),
      constraint child_protection_plans_senior_review_after_start check (senior_manager_review_date is null or senior_manager_review_date >= start_date),
      -- CIN census 8940: plans do not overlap; a later plan (NumberOfPreviousCPP) may start the day one ended.
      constraint child_protection_plans_no_overlap exclude using gist (child_id with =, episode_days(start_date, end_date) with &&)
    );
    -- CIN census 8935: one open plan per child.
    create unique index child_protection_plans_one_open on child_protection_plans (child_id) where end_date is null;

    alter table child_protection_conferences
      add constraint child_protection_conferences_plan foreign key (child_protection_plan_id, child_id) references child_protection_plans (id, child_id);
    create index child_protection_conferences_plan on child_protection_conferences (child_protection_plan_id) where child_protection_plan_id is not null;

    create table core_group_meetings (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      child_protection_plan_id bigint not null,
      meeting_date date not null,
      notes text,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint core_group_meetings_plan foreign key (child_protection_plan_id, child_id) references child_protection_plans (id, child_id)
    );
    create index core_group_meetings_plan on core_group_meetings (child_protection_plan_id);
  `.execute(db);
}
