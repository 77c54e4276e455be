// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Health assessments, dental checks, immunisation checks, SDQs and substance misuse checks loaded
// from a council's past SSDA903 OC2 rows say so: the return gives no day, only that each happened
// in the year, so an imported one is dated the year's last day and a page or analyst must be able
// to tell it from one recorded on the day it happened.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table health_assessments add column imported_from text check (imported_from in ('SSDA903'));
    alter table dental_checks add column imported_from text check (imported_from in ('SSDA903'));
    alter table immunisation_checks add column imported_from text check (imported_from in ('SSDA903'));
    alter table sdq_scores add column imported_from text check (imported_from in ('SSDA903'));
    alter table substance_misuse_checks add column imported_from text check (imported_from in ('SSDA903'));
  `.execute(db);
}
