// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Permanence plans, the adoption route (903 AD1 and PlacedAdoption; Annex A list 10) and
// special guardianship orders.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- '[)': a plan changes to the next on the same day.
    create table permanence_plans (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      plan_type text not null check (plan_type in (
        'return-to-family', 'adoption', 'special-guardianship', 'child-arrangements-order', 'long-term-fostering',
        'supported-living-in-adulthood', 'residential', 'independent-living', 'other')),
      start_date date not null,
      end_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint permanence_plans_end_after_start check (end_date >= start_date),
      constraint permanence_plans_no_overlap exclude using gist (child_id with =, daterange(start_date, end_date, '[)') with &&)
    );
    create unique index permanence_plans_one_open on permanence_plans (child_id) where end_date is null;

    -- From the agency decision maker's "should be placed for adoption" (903 DATE_INT) to the
    -- adoption order, or to the day the plan changed away from adoption.
    create table adoption_plans (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      should_be_placed_date date not null,
      placement_order_date date,
      matched_date date,
      placed_date date,
      adoption_order_date date,
      fostering_for_adoption boolean not null default false,
      fostering_for_adoption_date date,
      ended_date date,
      reason_placed_ceased text check (reason_placed_ceased in ('RD1', 'RD2', 'RD3', 'RD4')),
      plan_change_reason text check (plan_change_reason in (
        'needs-changed', 'no-placement-order', 'no-adopters-found', 'returned-to-family', 'special-guardianship',
        'long-term-fostering', 'placement-disrupted', 'other')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      -- 903 rule 554: the decision comes on or before the placement order.
      constraint adoption_plans_placement_order_after_decision check (placement_order_date >= should_be_placed_date),
      constraint adoption_plans_matched_after_decision check (matched_date >= should_be_placed_date),
      constraint adoption_plans_placed_after_match check (placed_date >= matched_date),
      constraint adoption_plans_placed_when_matched check (placed_date is null or matched_date is not null),
      constraint adoption_plans_order_after_placed check (adoption_order_date >= placed_date),
      constraint adoption_plans_order_when_placed check (adoption_order_date is null or placed_date is not null),
      constraint adoption_plans_end_after_start check (ended_date >= should_be_placed_date),
      constraint adoption_plans_adopted_or_ended check (ended_date is null or adoption_order_date is null),
      constraint adoption_plans_change_reason check ((ended_date is null) = (plan_change_reason is null)),
      -- 903 PlacedAdoption: a placement for adoption that ceased carries DATE_PLACED_CEASED and its RD reason.
      constraint adoption_plans_placed_ceased_reason check ((reason_placed_ceased is not null) = (ended_date is not null and placed_date is not null)),
      constraint adoption_plans_fostering_for_adoption_date check (fostering_for_adoption_date is null or fostering_for_adoption),
      constraint adoption_plans_no_overlap exclude using gist (
        child_id with =, daterange(should_be_placed_date, coalesce(ended_date, adoption_order_date), '[)') with &&)
    );

    create table special_guardianship_orders (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      order_date date not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint special_guardianship_orders_once unique (child_id, order_date)
    );
  `.execute(db);
}
