// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Orders authorising the deprivation of a looked-after child's liberty (SSDA903 DoLo table from
// 2026-27): made by the High Court under its inherent jurisdiction, or by the Court of Protection
// for a young person of 16 or 17. An order imported from a past 903 return may not say which court
// (the return does not), so only a recorded one must.
//
// Pre-proceedings loaded from a past CIN census say so, and keep what the census gives without the
// records Harbour would hold behind it: the number of review meetings (ReviewMeetingsCount, with no
// dates) and the day the application was made (CourtAppDate, with no court or proceedings).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table deprivation_of_liberty_orders (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      start_date date not null,
      end_date date,
      court text check (court in ('high-court', 'court-of-protection')),
      court_reference text,
      imported_from text check (imported_from in ('SSDA903')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint deprivation_of_liberty_orders_end_after_start check (end_date >= start_date),
      constraint deprivation_of_liberty_orders_court_given check (court is not null or imported_from is not null),
      constraint deprivation_of_liberty_orders_one_a_day unique (child_id, start_date)
    );

    alter table pre_proceedings
      add column imported_from text check (imported_from in ('CIN')),
      add column review_meetings_given integer
        constraint pre_proceedings_review_meetings_given check (review_meetings_given between 0 and 99),
      add column application_date_given date,
      add constraint pre_proceedings_application_after_start check (application_date_given >= start_date);
  `.execute(db);
}
