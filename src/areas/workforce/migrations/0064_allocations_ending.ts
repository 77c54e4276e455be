import { sql, type Kysely } from 'kysely';

// Which open children have a worker on a date (reports/journey/openCases.ts, the unallocated list
// and the managers' home page) asks of every allocation in force then: not ended (the partial
// index of 0003), or ended after the date, which had no index, so the county's whole history of
// allocations was read on every manager's home page (found measuring it at scale 5).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index allocations_ending on allocations (end_date) include (child_id, start_date) where end_date is not null`.execute(
    db,
  );
}
