// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Family group decision-making (Families First, Working Together 2026): a family group conference or
// family network meeting offered to a family, accepted or declined, held with an independent
// coordinator and the family network, the family plan it agreed and that plan's reviews; the support
// packages given to the family network; and, before proceedings, why no meeting was offered. One
// record for the family, its children in a link table, as the court keeps pre-proceedings.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table family_group_meetings (
      id bigint generated always as identity primary key,
      kind text not null check (kind in ('family-group-conference', 'family-network-meeting')),
      offered_date date not null,
      offered_by_worker_id bigint not null references workers(id),
      response text check (response in ('accepted', 'declined')),
      response_date date,
      declined_reason text check (declined_reason in ('no-consent', 'no-network', 'child-wishes', 'other-support', 'other')),
      declined_detail text,
      held_date date,
      coordinator_worker_id bigint references workers(id),
      other_attendees text,
      family_plan text,
      review_due_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint family_group_meetings_response_dated check ((response is null) = (response_date is null)),
      constraint family_group_meetings_response_after_offer check (response_date >= offered_date),
      constraint family_group_meetings_declined_has_reason check ((response = 'declined') = (declined_reason is not null)),
      constraint family_group_meetings_other_reason_described check (
        declined_reason is distinct from 'other' or coalesce(length(trim(declined_detail)), 0) > 0),
      constraint family_group_meetings_held_when_accepted check (
        held_date is null or (response = 'accepted' and held_date >= response_date)),
      constraint family_group_meetings_held_with_coordinator check ((held_date is null) = (coordinator_worker_id is null)),
      constraint family_group_meetings_plan_when_held check (
        family_plan is null or (held_date is not null and length(trim(family_plan)) > 0)),
      constraint family_group_meetings_review_of_plan check (
        review_due_date is null or (family_plan is not null and review_due_date > held_date))
    );
    create index family_group_meetings_coordinator on family_group_meetings (coordinator_worker_id)
      where coordinator_worker_id is not null;

    create table family_group_meeting_children (
      meeting_id bigint not null references family_group_meetings(id),
      child_id bigint not null references children(id),
      primary key (meeting_id, child_id)
    );
    create index family_group_meeting_children_child on family_group_meeting_children (child_id);

    -- Who came from the family network: the adults on the child's record, and anyone else by name on the meeting.
    create table family_group_meeting_attendees (
      meeting_id bigint not null references family_group_meetings(id),
      adult_id bigint not null references adults(id),
      primary key (meeting_id, adult_id)
    );

    create table family_group_plan_actions (
      id bigint generated always as identity primary key,
      meeting_id bigint not null references family_group_meetings(id),
      action text not null check (length(trim(action)) > 0),
      owner text not null check (length(trim(owner)) > 0),
      due_date date,
      done_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1
    );
    create index family_group_plan_actions_meeting on family_group_plan_actions (meeting_id);

    create table family_group_plan_reviews (
      id bigint generated always as identity primary key,
      meeting_id bigint not null references family_group_meetings(id),
      review_date date not null,
      outcome text not null check (outcome in ('continues', 'revised', 'ended', 'not-working')),
      notes text,
      next_review_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint family_group_plan_reviews_once_a_day unique (meeting_id, review_date),
      constraint family_group_plan_reviews_next_unless_ended check ((outcome = 'ended') = (next_review_date is null)),
      constraint family_group_plan_reviews_next_after check (next_review_date > review_date)
    );

    create table family_network_support_packages (
      id bigint generated always as identity primary key,
      meeting_id bigint references family_group_meetings(id),
      kind text not null check (kind in (
        'financial', 'practical', 'respite', 'childcare', 'travel', 'accommodation', 'equipment', 'training', 'other')),
      amount_pence integer check (amount_pence > 0),
      description text,
      start_date date not null,
      end_date date,
      recipient_adult_id bigint references adults(id),
      recipient_name text,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint family_network_support_packages_what_provided check (
        amount_pence is not null or coalesce(length(trim(description)), 0) > 0),
      constraint family_network_support_packages_end_after_start check (end_date >= start_date),
      constraint family_network_support_packages_one_recipient check (
        (recipient_adult_id is null) <> (coalesce(length(trim(recipient_name)), 0) = 0))
    );
    create index family_network_support_packages_meeting on family_network_support_packages (meeting_id)
      where meeting_id is not null;

    create table family_network_support_package_children (
      package_id bigint not null references family_network_support_packages(id),
      child_id bigint not null references children(id),
      primary key (package_id, child_id)
    );
    create index family_network_support_package_children_child on family_network_support_package_children (child_id);

    -- Before proceedings (Children's Wellbeing and Schools Act 2026: family group decision-making offered
    -- before an application for a care or supervision order): why none was offered, given when the
    -- family entered pre-proceedings, or proceedings were issued, without one.
    create table family_group_not_offered (
      id bigint generated always as identity primary key,
      pre_proceedings_id bigint references pre_proceedings(id),
      care_proceedings_id bigint references care_proceedings(id),
      -- The day pre-proceedings started or the application was issued: the day the reason was given for.
      before_date date not null,
      reason text not null check (reason in ('immediate-risk', 'unsafe', 'no-network', 'family-refused', 'other')),
      detail text,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint family_group_not_offered_one_record check ((pre_proceedings_id is null) <> (care_proceedings_id is null)),
      constraint family_group_not_offered_other_described check (
        reason is distinct from 'other' or coalesce(length(trim(detail)), 0) > 0),
      constraint family_group_not_offered_once_pre_proceedings unique (pre_proceedings_id),
      constraint family_group_not_offered_once_proceedings unique (care_proceedings_id)
    );

    create table family_group_not_offered_children (
      not_offered_id bigint not null references family_group_not_offered(id),
      child_id bigint not null references children(id),
      primary key (not_offered_id, child_id)
    );
    create index family_group_not_offered_children_child on family_group_not_offered_children (child_id);
  `.execute(db);
}
