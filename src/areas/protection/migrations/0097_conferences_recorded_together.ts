import { sql, type Kysely } from 'kysely';

// A conference (initial or review) or core group meeting recorded in one step for brothers and
// sisters: each child keeps their own row, and the rows share `recorded_together`, so each child's
// copy can say which others it was recorded with (issue 11). Rows recorded before say nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table child_protection_conferences add column recorded_together uuid;
    create index child_protection_conferences_together on child_protection_conferences (recorded_together)
      where recorded_together is not null;
    alter table core_group_meetings add column recorded_together uuid;
    create index core_group_meetings_together on core_group_meetings (recorded_together)
      where recorded_together is not null;
  `.execute(db);
}
