// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Care leavers: eligibility over time, personal adviser, needs assessment, pathway plans and
// their reviews, and keeping in touch (903 OC3: in touch, accommodation and activity).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table care_leavers (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      personal_adviser_user_id integer references users(id),
      personal_adviser_name text,
      needs_assessment_date date,
      service_end_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint care_leavers_once unique (child_id),
      constraint care_leavers_one_personal_adviser check (personal_adviser_user_id is null or personal_adviser_name is null),
      constraint care_leavers_personal_adviser_named check (length(trim(personal_adviser_name)) > 0)
    );

    -- The category changes as the young person grows up and leaves care: '[)', one follows another.
    create table care_leaver_eligibility (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      category text not null check (category in ('eligible', 'relevant', 'former-relevant', 'qualifying')),
      start_date date not null,
      end_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint care_leaver_eligibility_end_after_start check (end_date >= start_date),
      constraint care_leaver_eligibility_no_overlap exclude using gist (child_id with =, daterange(start_date, end_date, '[)') with &&)
    );
    create unique index care_leaver_eligibility_one_open on care_leaver_eligibility (child_id) where end_date is null;

    create table pathway_plans (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      plan_date date not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint pathway_plans_one_a_day unique (child_id, plan_date),
      constraint pathway_plans_child unique (id, child_id)
    );

    create table pathway_plan_reviews (
      id bigint generated always as identity primary key,
      pathway_plan_id bigint not null,
      child_id bigint not null references children(id),
      review_date date not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint pathway_plan_reviews_plan foreign key (pathway_plan_id, child_id) references pathway_plans (id, child_id),
      constraint pathway_plan_reviews_one_a_day unique (child_id, review_date)
    );

    create table care_leaver_contacts (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      contact_date date not null,
      in_touch text not null check (in_touch in ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM')),
      accommodation text check (accommodation in ('B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z')),
      accommodation_suitable boolean,
      activity text check (activity in ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint care_leaver_contacts_one_a_day unique (child_id, contact_date),
      constraint care_leaver_contacts_suitability check ((accommodation is null) = (accommodation_suitable is null)),
      -- 903 rule 344: nothing on accommodation or activity once the young person has died or returned home.
      constraint care_leaver_contacts_no_details check (
        in_touch not in ('DIED', 'RHOM') or (accommodation is null and activity is null))
    );
  `.execute(db);
}
