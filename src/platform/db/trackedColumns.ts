import { sql } from 'kysely';

/**
 * The columns every record table ends with: who made and last changed it, and its version
 * (the `Tracked` type in src/db/columns.ts). Shared by the court, care, missing, permanence
 * and leaving care migrations.
 */
export const trackedColumns = sql`
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1`;
