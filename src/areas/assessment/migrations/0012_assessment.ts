import { sql, type Kysely } from 'kysely';
import { codeList } from '../../../platform/db/sqlCodes.ts';
import { referralSources } from '../../frontdoor/codes.ts';
import { assessmentFactors, assessmentOutcomes, closureReasons, noFactorsIdentified, primaryNeedCodes } from '../codes.ts';

// Referrals (CIN episodes, CINreferralDate … CINclosureDate) and single assessments.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table referrals (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      referral_date date not null,
      source text not null check (source in (${codeList(referralSources)})),
      primary_need text check (primary_need in (${codeList(primaryNeedCodes)})),
      no_further_action boolean not null default false,
      closure_date date,
      closure_reason text check (closure_reason in (${codeList(closureReasons)})),
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
      outcome text check (outcome in (${codeList(assessmentOutcomes)})),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint assessments_referral foreign key (referral_id, child_id) references referrals (id, child_id),
      constraint assessments_end_after_start check (authorisation_date is null or authorisation_date >= start_date),
      constraint assessments_submitted_after_start check (submitted_date is null or submitted_date >= start_date),
      constraint assessments_seen_alone_needs_seen check (not child_seen_alone or child_seen_date is not null),
      constraint assessments_factors_known check (factors <@ array[${codeList(assessmentFactors)}]::text[]),
      -- CIN census 8869: "no factors identified" cannot be used with any other factor.
      constraint assessments_no_factors_alone check (not (${sql.lit(noFactorsIdentified)} = any (factors)) or cardinality(factors) = 1),
      -- CIN census 8614: factors are recorded for a completed assessment only.
      constraint assessments_factors_when_authorised check (cardinality(factors) = 0 or authorisation_date is not null)
    );
    create index assessments_referral on assessments (referral_id);
    create index assessments_child on assessments (child_id);
  `.execute(db);
}
