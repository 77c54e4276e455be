import { sql, type Kysely } from 'kysely';

// The returns an analyst builds from the Returns page (issue 14): each request is built by its own
// background job (whose row holds its progress) and the file kept here, so it can be downloaded when
// the build has finished, by whoever may export the returns.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table return_files (
      id serial primary key,
      job_id integer not null unique references background_jobs (id),
      -- '903' (a ZIP of the tables), 'cin' (the census XML), 'annex-a' (XLSX), 'csc-api' (a ZIP of JSON files).
      return_kind text not null check (return_kind in ('903', 'cin', 'annex-a', 'csc-api')),
      -- What it was built for: { "year": "2025-26" } or { "asAt": "2026-06-30" }.
      parameters jsonb not null,
      requested_by text not null,
      requested_at timestamptz not null default now(),
      -- Set once built: the file, its name and type, and the children it holds (for auditing each download).
      built_at timestamptz,
      file_name text,
      content_type text,
      content bytea,
      child_ids integer[] not null default '{}'
    );
    create index return_files_latest on return_files (id desc);
  `.execute(db);
}
