// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The 903's SWEpisodes name a child's social worker by their Social Work England registration
// number (SW and digits) and give the reason the child was assigned each new social worker
// (SW_REASON). Workers known to Harbour only from a past return keep the return's own id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table workers
      add column swe_registration_number text
        constraint workers_swe_registration_number_format check (swe_registration_number ~ '^SW[0-9]{1,10}$'),
      add column previous_system_id text,
      add column imported_from text check (imported_from in ('SSDA903')),
      add constraint workers_swe_registration_number_key unique (swe_registration_number),
      add constraint workers_previous_system_id_key unique (previous_system_id);

    alter table allocations
      add column change_reason text check (change_reason in ('MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS')),
      add column imported_from text check (imported_from in ('SSDA903'));
  `.execute(db);
}
