import { sql, type Kysely } from 'kysely';

// A visit to brothers and sisters seen together is a visit on each child's record; the rows share
// `recorded_together`, so each child's visit can say which others it was recorded with (issue 11).
// Visits recorded before say nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table visits add column recorded_together uuid;
    create index visits_together on visits (recorded_together) where recorded_together is not null;
  `.execute(db);
}
