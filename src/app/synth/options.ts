// What a county is seeded with, apart from the simulation: the server reads these on every start,
// and the simulation (with faker's name lists) is loaded only when a county is actually seeded.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';

export interface SeedOptions {
  scale: number;
  years: number;
  seed: number;
  /** YYYY-MM-DD; the history runs up to this day. */
  endDate: string;
  /** The moment of seeding (an ISO instant): nothing generated is later, though the end date is today. */
  seededAt?: string;
}

/** The demo county a new Harbour starts with: scale 1, three years, a fixed seed. */
export const demoCounty = { scale: 1, years: 3, seed: 2026 } as const;

export async function childCount(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ count: number }>`select count(*)::int as count from children`.execute(db);
  return rows[0]!.count;
}
