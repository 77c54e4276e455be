import { sql, type Kysely } from 'kysely';

// Analysts' commentary on an indicator's figure for a period. Never updated in place: each save is a
// new row with its author and time, so earlier versions stay readable.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicator_commentary (
      id bigint generated always as identity primary key,
      indicator_id text not null,
      period text not null,
      body text not null,
      written_by integer references users(id),
      written_by_name text not null,
      written_at timestamptz not null default now()
    );
    create index indicator_commentary_period on indicator_commentary (indicator_id, period, id);
  `.execute(db);
}
