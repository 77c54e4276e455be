import { sql, type Kysely } from 'kysely';

// A council setting carries a version like every other record, so a save made from a page opened
// before someone else's save is refused rather than silently overwriting it. Settings saved before
// this start at 1, as every record does (a setting not saved yet reads as 1 too).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table harbour_settings add column version integer not null default 1 check (version > 0);
  `.execute(db);
}
