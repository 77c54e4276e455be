import { sql, type Kysely } from 'kysely';

// The Lead Child Protection Practitioner (Working Together 2026): the social worker who leads a
// child's section 47 enquiry and child protection plan, and the multi-agency child protection team
// holding it. Each change is a row from its day, never an update, so who led and from when is
// kept; the latest row is the current lead. A change after the first says why.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table lead_child_protection_practitioners (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      section_47_enquiry_id bigint,
      child_protection_plan_id bigint,
      worker_id bigint not null references workers(id),
      team_id integer references multi_agency_teams(team_id),
      from_date date not null,
      reason text constraint lead_child_protection_practitioners_reason
        check (reason is null or length(trim(reason)) between 1 and 2000),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      constraint lead_child_protection_practitioners_one_record
        check (num_nonnulls(section_47_enquiry_id, child_protection_plan_id) = 1),
      constraint lead_child_protection_practitioners_enquiry foreign key (section_47_enquiry_id, child_id)
        references section_47_enquiries (id, child_id),
      constraint lead_child_protection_practitioners_plan foreign key (child_protection_plan_id, child_id)
        references child_protection_plans (id, child_id)
    );
    create index lead_child_protection_practitioners_child on lead_child_protection_practitioners (child_id);
    create index lead_child_protection_practitioners_enquiry_of on lead_child_protection_practitioners (section_47_enquiry_id)
      where section_47_enquiry_id is not null;
    create index lead_child_protection_practitioners_plan_of on lead_child_protection_practitioners (child_protection_plan_id)
      where child_protection_plan_id is not null;
    create index lead_child_protection_practitioners_team on lead_child_protection_practitioners (team_id)
      where team_id is not null;
  `.execute(db);
}
