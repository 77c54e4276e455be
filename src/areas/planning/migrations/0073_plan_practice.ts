import { sql, type Kysely } from 'kysely';

// A child in need or child protection plan holds the plan itself, not only its dates: what needs
// to change for the child, in plain words, and what will happen if it does not (the contingency).
// The worker submits it and a manager authorises it or returns it with a reason. A change to the
// plan is a new version, so every version the family was given, and who authorised it, is kept;
// a version changed before a manager decided is kept too, marked replaced. Plans recorded before
// have no version until their worker writes one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table plan_versions (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      plan_type text not null constraint plan_versions_plan_type_check check (plan_type in ('child-in-need', 'child-protection')),
      plan_id bigint not null,
      cin_plan_id bigint generated always as (case when plan_type = 'child-in-need' then plan_id end) stored,
      child_protection_plan_id bigint generated always as (case when plan_type = 'child-protection' then plan_id end) stored,
      number integer not null constraint plan_versions_number_check check (number > 0),
      what_needs_to_change text not null
        constraint plan_versions_what_needs_to_change_check check (length(trim(what_needs_to_change)) between 1 and 10000),
      contingency text not null constraint plan_versions_contingency_check check (length(trim(contingency)) between 1 and 5000),
      change_reason text,
      submitted_date date not null,
      submitted_by integer references users(id),
      decision text constraint plan_versions_decision_check check (decision in ('authorised', 'returned', 'replaced')),
      decision_date date,
      decided_by integer references users(id),
      return_reason text,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint plan_versions_cin_plan foreign key (cin_plan_id, child_id) references cin_plans (id, child_id),
      constraint plan_versions_child_protection_plan foreign key (child_protection_plan_id, child_id) references child_protection_plans (id, child_id),
      constraint plan_versions_number unique (plan_type, plan_id, number),
      -- The first version is the plan; each later one says why the plan changed.
      constraint plan_versions_change_reason check (
        case when number = 1 then change_reason is null else coalesce(length(trim(change_reason)), 0) between 1 and 5000 end),
      constraint plan_versions_decided check ((decision is null) = (decision_date is null)),
      constraint plan_versions_decided_after_submitted check (decision_date >= submitted_date),
      -- A plan returned to the worker says why; no other version has a reason for return.
      constraint plan_versions_return_reason check (case when decision = 'returned'
        then coalesce(length(trim(return_reason)), 0) between 1 and 5000 else return_reason is null end)
    );
    create index plan_versions_child on plan_versions (child_id);
    -- One version of a plan awaits a manager at a time; the managers' lists read these by child.
    create unique index plan_versions_one_awaiting on plan_versions (plan_type, plan_id) where decision is null;
    create index plan_versions_awaiting on plan_versions (child_id) where decision is null;
  `.execute(db);
}
