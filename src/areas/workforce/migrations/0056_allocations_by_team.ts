import { sql, type Kysely } from 'kysely';

// A team's children on a date: the team's allocations started by then and not ended. The partial
// index of 0003 (open allocations only) cannot serve "ended after the date", so every team list
// read all of the county's allocations (found by `npm run bench`: it grew with the county).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index allocations_team_dates on allocations (team_id, start_date, end_date)`.execute(db);
}
