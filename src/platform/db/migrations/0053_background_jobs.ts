import { sql, type Kysely } from 'kysely';

// Work too long for a request (every child's due items after a change of local standards, later
// nightly return validation): what was asked for, by whom, and how far it has got, so a page can
// say so. Whichever queue runs it (pg-boss on PostgreSQL, in-process on the embedded database)
// writes its progress here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table background_jobs (
      id bigint generated always as identity primary key,
      kind text not null,
      state text not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
      done integer not null default 0,
      total integer,
      requested_by text not null,
      queued_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz,
      error text
    );
    create index background_jobs_kind on background_jobs (kind, id desc);
  `.execute(db);
}
