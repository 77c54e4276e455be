import { sql, type Kysely } from 'kysely';

// Published figures an indicator is compared with (England, statistical neighbours, the region),
// loaded by analysts from a CSV with their source; one figure per indicator, year and area, a later
// load of the same replacing it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicator_benchmarks (
      id bigint generated always as identity primary key,
      indicator_id text not null,
      year text not null constraint indicator_benchmarks_year check (year ~ '^[0-9]{4}-[0-9]{2}$'),
      area text not null,
      value double precision not null,
      source text not null,
      loaded_at timestamptz not null default now(),
      loaded_by text,
      constraint indicator_benchmarks_one unique (indicator_id, year, area)
    );
  `.execute(db);
}
