import { sql, type Kysely } from 'kysely';

// Early help episodes, with step-down from and step-up to children's social care.
// The links to the CIN episode stepped up to or down from are added by 0012_assessment.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table early_help_episodes (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      start_date date not null,
      end_date date,
      end_reason text,
      lead_professional text not null check (length(trim(lead_professional)) > 0),
      lead_organisation text not null check (length(trim(lead_organisation)) > 0),
      contact_id bigint,
      stepped_down_on date,
      step_down_reason text,
      stepped_up_on date,
      step_up_reason text,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      -- The contact must be about this child.
      constraint early_help_episodes_contact foreign key (contact_id, child_id) references contact_children (contact_id, child_id),
      constraint early_help_episodes_end_after_start check (end_date is null or end_date >= start_date),
      constraint early_help_episodes_step_down_reason check ((stepped_down_on is null) = (step_down_reason is null)),
      constraint early_help_episodes_step_up_reason check ((stepped_up_on is null) = (step_up_reason is null)),
      constraint early_help_episodes_step_up_in_episode check (stepped_up_on is null or (stepped_up_on >= start_date and (end_date is null or stepped_up_on <= end_date))),
      constraint early_help_episodes_no_overlap exclude using gist (child_id with =, episode_days(start_date, end_date) with &&)
    );
    create unique index early_help_episodes_one_open on early_help_episodes (child_id) where end_date is null;
  `.execute(db);
}
