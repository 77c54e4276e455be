// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Referrals (CIN episodes, CINreferralDate … CINclosureDate) and single assessments.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table referrals (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      referral_date date not null,
      source text not null check (source in (
        '4', '6', '7', '8', '9', '10', '1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '5A', '5B', '5C',
        '5D')),
      primary_need text check (primary_need in ('N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9')),
      no_further_action boolean not null default false,
      closure_date date,
      closure_reason text check (closure_reason in ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9')),
      contact_id bigint,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint referrals_id_child unique (id, child_id),
      -- The contact it came from must be about this child.
      constraint referrals_contact foreign key (contact_id, child_id) references contact_children (contact_id, child_id),
      -- CIN census 8630: the closure date cannot be before the referral date.
      constraint referrals_end_after_start check (closure_date is null or closure_date >= referral_date),
      constraint referrals_closure_reason check ((closure_date is null) = (closure_reason is null)),
      -- CIN census 8820: a child's CIN episodes do not overlap.
      constraint referrals_no_overlap exclude using gist (child_id with =, episode_days(referral_date, closure_date) with &&)
    );
    create unique index referrals_one_open on referrals (child_id) where closure_date is null;
    create index referrals_referral_date on referrals (referral_date);

    alter table early_help_episodes
      add column stepped_down_from_referral_id bigint,
      add column stepped_up_to_referral_id bigint,
      add constraint early_help_episodes_stepped_down_from foreign key (stepped_down_from_referral_id, child_id) references referrals (id, child_id),
      add constraint early_help_episodes_stepped_up_to foreign key (stepped_up_to_referral_id, child_id) references referrals (id, child_id);

    create table assessments (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      referral_id bigint not null,
      start_date date not null,
      child_seen_date date,
      child_seen_alone boolean not null default false,
      submitted_date date,
      authorisation_date date,
      authorised_by integer references users(id),
      factors text[] not null default '{}',
      outcome text check (outcome in ('no-further-action', 'early-help', 'child-in-need-plan', 'strategy-discussion', 'looked-after', 'other-agency')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint assessments_referral foreign key (referral_id, child_id) references referrals (id, child_id),
      constraint assessments_end_after_start check (authorisation_date is null or authorisation_date >= start_date),
      constraint assessments_submitted_after_start check (submitted_date is null or submitted_date >= start_date),
      constraint assessments_seen_alone_needs_seen check (not child_seen_alone or child_seen_date is not null),
      constraint assessments_factors_known check (factors <@ array[
        '20', '21', '1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C',
        '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18B', '18C', '19B',
        '19C', '22A', '23A', '24A']::text[]),
      -- CIN census 8869: "no factors identified" cannot be used with any other factor.
      constraint assessments_no_factors_alone check (not ('21' = any (factors)) or cardinality(factors) = 1),
      -- CIN census 8614: factors are recorded for a completed assessment only.
      constraint assessments_factors_when_authorised check (cardinality(factors) = 0 or authorisation_date is not null)
    );
    create index assessments_referral on assessments (referral_id);
    create index assessments_child on assessments (child_id);
  `.execute(db);
}
