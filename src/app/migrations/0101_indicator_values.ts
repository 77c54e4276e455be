import { sql, type Kysely } from 'kysely';

// Every indicator's figure for each month and year to date, kept so the dashboard reads ~70 × 72
// stored rows instead of computing every indicator on each request. A background job replaces them
// all at once (src/reports/indicators/store.ts); an indicator's own page still computes live.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicator_values (
      indicator_id text not null,
      -- '2026-03' for a month, '2026-03-ytd' for the year to date ending with it.
      period text not null,
      value double precision,
      numerator double precision not null,
      denominator double precision not null,
      computed_at timestamptz not null,
      primary key (indicator_id, period)
    );
  `.execute(db);
}
