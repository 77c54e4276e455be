import { sql, type Kysely } from 'kysely';
import { codeList } from '../../../platform/db/sqlCodes.ts';
import {
  categoriesOfNeed,
  healthAssessmentTypes,
  legalStatuses,
  placementArrangements,
  placementProviders,
  placementTypes,
  reasonsEpisodeCeased,
  reasonsForNewEpisode,
  reasonsForPlacementChange,
  reviewParticipation,
} from '../codes.ts';
import { trackedColumns } from '../../../platform/db/trackedColumns.ts';

// Periods of care made of SSDA903 episodes, and the looked-after child's reviews, health,
// education plans and statutory visits.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Full postcode, or the partial postcode (district and sector) the 903 returns.
  const postcode = sql.lit('^[A-Z]{1,2}[0-9][0-9A-Z]?( [0-9]([A-Z]{2})?)?$');
  await sql`
    -- A period of care runs from the DECOM of an episode starting with RNE S to the DEC of the
    -- episode ending with a REC other than X1. Stored explicitly so reports need no window scan.
    -- '[]': a new period cannot start the day the last one ended (903 rule 431: that is one period).
    create table periods_of_care (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      start_date date not null,
      end_date date,
      care_plan_date date,
      ${trackedColumns},
      constraint periods_of_care_end_after_start check (end_date >= start_date),
      constraint periods_of_care_no_overlap exclude using gist (child_id with =, daterange(start_date, end_date, '[]') with &&)
    );
    create unique index periods_of_care_one_open on periods_of_care (child_id) where end_date is null;

    -- '[)': episodes are contiguous, the next DECOM being the previous DEC.
    create table care_episodes (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      period_of_care_id bigint not null references periods_of_care(id),
      start_date date not null,
      reason_new_episode text not null check (reason_new_episode in (${codeList(reasonsForNewEpisode)})),
      legal_status text not null check (legal_status in (${codeList(legalStatuses)})),
      category_of_need text not null check (category_of_need in (${codeList(categoriesOfNeed)})),
      placement_type text not null check (placement_type in (${codeList(placementTypes)})),
      placement_provider text check (placement_provider in (${codeList(placementProviders)})),
      placement_postcode text check (placement_postcode ~ ${postcode}),
      home_postcode text check (home_postcode ~ ${postcode}),
      urn text check (urn ~ '^[A-Z0-9]{6,8}$'),
      long_term boolean not null default false,
      arrangement text not null default 'other' check (arrangement in (${codeList(placementArrangements)})),
      end_date date,
      reason_ceased text check (reason_ceased in (${codeList(reasonsEpisodeCeased)})),
      reason_place_change text check (reason_place_change in (${codeList(reasonsForPlacementChange)})),
      ${trackedColumns},
      constraint care_episodes_end_after_start check (end_date >= start_date),
      constraint care_episodes_no_overlap exclude using gist (child_id with =, daterange(start_date, end_date, '[)') with &&),
      constraint care_episodes_ceased_with_reason check ((end_date is null) = (reason_ceased is null)),
      -- 903 rule 233: the reason for a placement change is recorded on the episode that ended.
      constraint care_episodes_place_change_when_ceased check (reason_place_change is null or end_date is not null),
      -- 903 rules 527–531 and 550: provider PR0 (parents) goes with placement P1 and only with it.
      constraint care_episodes_parent_provider check (placement_provider is null or (placement_provider = 'PR0') = (placement_type = 'P1')),
      -- CPPCR reg 19: a placement with a parent is placement type P1.
      constraint care_episodes_placed_with_parent check (arrangement <> 'placed-with-parent' or placement_type = 'P1')
    );
    create unique index care_episodes_one_open on care_episodes (child_id) where end_date is null;
    create index care_episodes_period on care_episodes (period_of_care_id);

    create table looked_after_reviews (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      review_date date not null,
      participation text not null check (participation in (${codeList(reviewParticipation)})),
      ${trackedColumns},
      constraint looked_after_reviews_one_a_day unique (child_id, review_date)
    );

    create table health_assessments (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      assessment_type text not null check (assessment_type in (${codeList(healthAssessmentTypes)})),
      assessment_date date not null,
      ${trackedColumns},
      constraint health_assessments_one_a_day unique (child_id, assessment_date)
    );

    create table dental_checks (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      check_date date not null,
      ${trackedColumns},
      constraint dental_checks_one_a_day unique (child_id, check_date)
    );

    create table personal_education_plans (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      plan_date date not null,
      ${trackedColumns},
      constraint personal_education_plans_one_a_day unique (child_id, plan_date)
    );
    -- Statutory visits to a looked-after child (CPPCR reg 28) are visits with purpose 'looked-after' (0014_planning).
  `.execute(db);
}
