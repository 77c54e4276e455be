import { sql, type Kysely } from 'kysely';

// The personal adviser is chosen from the workforce (a worker in post), not typed: the earlier
// user or name columns stay for the advisers already recorded.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table care_leavers add column personal_adviser_worker_id bigint references workers(id);
    alter table care_leavers drop constraint care_leavers_one_personal_adviser;
    alter table care_leavers add constraint care_leavers_one_personal_adviser
      check (num_nonnulls(personal_adviser_user_id, personal_adviser_name, personal_adviser_worker_id) <= 1);
  `.execute(db);
}
