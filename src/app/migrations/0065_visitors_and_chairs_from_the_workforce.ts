import { sql, type Kysely } from 'kysely';

// Who visited a child and who chaired a child protection conference are chosen from the workforce
// (workers), not from sign-in accounts: not every worker has an account, and an account is not a
// post. Visits belong to the visits area and conferences to protection; one change to both, so it
// sits with the app's cross-area migrations. The account columns stay as they were, the history
// of who was recorded before; a row whose account is linked to a worker names that worker too.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table visits add column visited_by_worker_id bigint references workers(id);
    update visits set visited_by_worker_id = workers.id from workers where workers.user_id = visits.visited_by;

    alter table child_protection_conferences add column chair_worker_id bigint references workers(id);
    update child_protection_conferences set chair_worker_id = workers.id
      from workers where workers.user_id = child_protection_conferences.chair_id;
  `.execute(db);
}
