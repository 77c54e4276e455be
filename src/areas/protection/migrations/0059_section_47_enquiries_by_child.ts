import { sql, type Kysely } from 'kysely';

// A child's enquiries were found by reading every enquiry in the county: the only index leading
// with the child was the partial one of open enquiries. The child's page and chronology read them
// for the child and their brothers and sisters on every view.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index section_47_enquiries_child on section_47_enquiries (child_id, start_date)`.execute(db);
}
