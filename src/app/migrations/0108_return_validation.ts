import { sql, type Kysely } from 'kysely';

// Harbour validates its own returns nightly and on demand (issue 14): each run is kept with its
// count, so the Returns page shows the count falling as people fix what the rules found; the latest
// run's findings are what the page and each child's page list.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table return_validation_runs (
      id serial primary key,
      -- '903' or 'cin'.
      return_kind text not null check (return_kind in ('903', 'cin')),
      -- The collection year, '2025-26'.
      collection_year text not null,
      started_at timestamptz not null,
      finished_at timestamptz not null,
      errors integer not null,
      queries integer not null,
      rules_run integer not null,
      -- [{ rule, reason }] for the rules the run could not run.
      rules_not_run jsonb not null default '[]',
      requested_by text not null
    );
    create index return_validation_runs_latest on return_validation_runs (return_kind, collection_year, id desc);

    create table return_findings (
      id bigserial primary key,
      run_id integer not null references return_validation_runs (id) on delete cascade,
      -- The child the finding is about (null for the council), Harbour's own id.
      child_id integer references children (id),
      rule text not null,
      table_name text not null,
      row_number integer,
      message text not null,
      is_query boolean not null,
      -- The page of the child's record where the thing to fix is recorded.
      fix_path text
    );
    create index return_findings_child on return_findings (child_id, run_id);
    create index return_findings_run_rule on return_findings (run_id, rule);
  `.execute(db);
}
