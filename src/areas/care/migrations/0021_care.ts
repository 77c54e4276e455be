// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

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
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
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
      reason_new_episode text not null check (reason_new_episode in ('S', 'L', 'P', 'T', 'B', 'U')),
      legal_status text not null check (legal_status in ('C1', 'C2', 'D1', 'E1', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3', 'V2', 'V3', 'V4')),
      category_of_need text not null check (category_of_need in ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8')),
      placement_type text not null check (placement_type in (
        'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'K3', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1',
        'U2', 'U3', 'U4', 'U5', 'U6', 'Z11', 'Z12', 'Z13', 'Z14')),
      placement_provider text check (placement_provider in ('PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5')),
      placement_postcode text check (placement_postcode ~ ${postcode}),
      home_postcode text check (home_postcode ~ ${postcode}),
      urn text check (urn ~ '^[A-Z0-9]{6,8}$'),
      long_term boolean not null default false,
      arrangement text not null default 'other' check (arrangement in ('placed-with-parent', 'connected-person-temporary-approval', 'other')),
      end_date date,
      reason_ceased text check (reason_ceased in (
        'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E2', 'E3', 'E41', 'E45', 'E46', 'E47', 'E48', 'E4A', 'E4B', 'E5', 'E6',
        'E7', 'E8', 'E9', 'X1')),
      reason_place_change text check (reason_place_change in (
        'CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
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
      participation text not null check (participation in ('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint looked_after_reviews_one_a_day unique (child_id, review_date)
    );

    create table health_assessments (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      assessment_type text not null check (assessment_type in ('initial', 'review')),
      assessment_date date not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint health_assessments_one_a_day unique (child_id, assessment_date)
    );

    create table dental_checks (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      check_date date not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint dental_checks_one_a_day unique (child_id, check_date)
    );

    create table personal_education_plans (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      plan_date date not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint personal_education_plans_one_a_day unique (child_id, plan_date)
    );
    -- Statutory visits to a looked-after child (CPPCR reg 28) are visits with purpose 'looked-after' (0014_planning).
  `.execute(db);
}
