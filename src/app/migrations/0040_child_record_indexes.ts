import { sql, type Kysely } from 'kysely';

// A child's page and journey read every record table by child: these few had no index that
// starts with the child, so each read scanned the whole table (found by `npm run bench`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index child_protection_conferences_child on child_protection_conferences (child_id, conference_date)`.execute(
    db,
  );
  await sql`create index core_group_meetings_child on core_group_meetings (child_id, meeting_date)`.execute(db);
  await sql`create index cin_plan_reviews_child on cin_plan_reviews (child_id, review_date)`.execute(db);
  await sql`create index return_home_interviews_child on return_home_interviews (child_id)`.execute(db);
  await sql`create index family_members_child on family_members (child_id)`.execute(db);
  await sql`create index relationships_child on relationships (child_id)`.execute(db);
}
