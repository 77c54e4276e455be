import { sql, type Kysely } from 'kysely';

// The DfE's receipt for each call that Harbour's CSC API sender made and the DfE accepted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table csc_api_receipts (
      id bigint generated always as identity primary key,
      receipt text not null,
      file text not null,
      children integer not null check (children between 1 and 100),
      sent_at timestamptz not null default now(),
      sent_by text
    );
  `.execute(db);
}
