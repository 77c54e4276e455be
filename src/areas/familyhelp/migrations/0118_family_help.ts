import { sql, type Kysely } from 'kysely';

// Family Help (Families First): one episode of help for a family, each child's own days within it,
// a lead practitioner and team members who are Harbour users (council or partner agency), the
// family help assessment, and the family plan with its actions and reviews. A child's help counts
// as a CIN episode through the referral it links to once a section 17 assessment or plan begins.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table family_help_episodes (
      id bigint generated always as identity primary key,
      start_date date not null,
      end_date date,
      end_reason text check (end_reason in ('stepped-down', 'closed')),
      end_detail text check (length(end_detail) <= 2000),
      source text not null,
      contact_id bigint references contacts(id),
      lead_practitioner_id integer not null references users(id),
      plan_agreed_on date,
      plan_section_17 boolean not null default false,
      plan_outcomes text check (length(plan_outcomes) <= 4000),
      stepped_up_on date,
      step_up_reason text check (length(step_up_reason) <= 2000),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint family_help_episodes_end_after_start check (end_date is null or end_date >= start_date),
      constraint family_help_episodes_end_reason check ((end_date is null) = (end_reason is null) and (end_date is null) = (end_detail is null)),
      constraint family_help_episodes_end_detail check (end_detail is null or length(trim(end_detail)) > 0),
      constraint family_help_episodes_plan_in_episode check (plan_agreed_on is null or (plan_agreed_on >= start_date and (end_date is null or plan_agreed_on <= end_date))),
      constraint family_help_episodes_plan_section_17 check (plan_agreed_on is not null or not plan_section_17),
      constraint family_help_episodes_step_up_reason check ((stepped_up_on is null) = (step_up_reason is null) and (step_up_reason is null or length(trim(step_up_reason)) > 0)),
      constraint family_help_episodes_step_up_in_episode check (stepped_up_on is null or (stepped_up_on >= start_date and (end_date is null or stepped_up_on <= end_date)))
    );
    create index family_help_episodes_lead on family_help_episodes (lead_practitioner_id) where end_date is null;

    create table family_help_children (
      id bigint generated always as identity primary key,
      episode_id bigint not null references family_help_episodes(id),
      child_id bigint not null references children(id),
      start_date date not null,
      end_date date,
      referral_id bigint references referrals(id),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint family_help_children_once unique (episode_id, child_id),
      constraint family_help_children_end_after_start check (end_date is null or end_date >= start_date),
      -- A child has one Family Help at a time.
      constraint family_help_children_no_overlap exclude using gist (child_id with =, episode_days(start_date, end_date) with &&)
    );
    create index family_help_children_child on family_help_children (child_id, start_date);

    create table family_help_team_members (
      id bigint generated always as identity primary key,
      episode_id bigint not null references family_help_episodes(id),
      user_id integer not null references users(id),
      role text not null check (length(trim(role)) > 0 and length(role) <= 200),
      added_on date not null,
      left_on date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint family_help_team_members_once unique (episode_id, user_id),
      constraint family_help_team_members_left_after_added check (left_on is null or left_on >= added_on)
    );
    create index family_help_team_members_user on family_help_team_members (user_id) where left_on is null;

    create table family_help_assessments (
      id bigint generated always as identity primary key,
      episode_id bigint not null,
      child_id bigint not null,
      kind text not null check (kind in ('targeted', 'section-17')),
      start_date date not null,
      completed_date date,
      summary text check (length(summary) <= 4000),
      -- A section 17 assessment is the assessment area's single assessment, timed and counted there.
      assessment_id bigint references assessments(id),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint family_help_assessments_child foreign key (episode_id, child_id) references family_help_children (episode_id, child_id),
      constraint family_help_assessments_section_17 check ((kind = 'section-17') = (assessment_id is not null)),
      constraint family_help_assessments_completed check (completed_date is null or (kind = 'targeted' and completed_date >= start_date and summary is not null and length(trim(summary)) > 0))
    );
    create index family_help_assessments_child on family_help_assessments (child_id, start_date);
    create index family_help_assessments_episode on family_help_assessments (episode_id);

    create table family_plan_actions (
      id bigint generated always as identity primary key,
      episode_id bigint not null references family_help_episodes(id),
      action text not null check (length(trim(action)) > 0 and length(action) <= 2000),
      owner text not null check (length(trim(owner)) > 0 and length(owner) <= 200),
      due_date date not null,
      done_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1
    );
    create index family_plan_actions_episode on family_plan_actions (episode_id, due_date);

    create table family_plan_reviews (
      id bigint generated always as identity primary key,
      episode_id bigint not null references family_help_episodes(id),
      review_date date not null,
      progress text not null check (length(trim(progress)) > 0 and length(progress) <= 4000),
      decision text not null check (decision in ('continue', 'step-up', 'step-down', 'close')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1
    );
    create index family_plan_reviews_episode on family_plan_reviews (episode_id, review_date);
  `.execute(db);
}
