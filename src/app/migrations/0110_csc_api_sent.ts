import { sql, type Kysely } from 'kysely';

// What Harbour last sent the DfE's CSC API for each child: the record as sent and its hash, so a
// daily send carries only the children whose record changed, and the records withdrawn since (purges).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table csc_api_sent (
      la_child_id text primary key,
      hash text not null,
      payload jsonb not null,
      sent_at timestamptz not null,
      receipt text not null
    );
  `.execute(db);
}
