// `harbour seed`: simulate a county and load it, refusing a database that already holds children.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { simulateCounty, type Progress } from './county.ts';
import { loadCounty } from './load.ts';
import { countySettings } from './settings.ts';
import { childCount, type SeedOptions } from './options.ts';
import { loadDemoBenchmarks } from '../../reports/indicators/benchmarks.ts';

export class ChildrenExistError extends Error {
  constructor(count: number) {
    super(
      `This database already holds ${count} children: harbour seed only fills an empty database. Point HARBOUR_DATA_DIR or DATABASE_URL at a new one.`,
    );
    this.name = 'ChildrenExistError';
  }
}

export async function seedCounty(
  db: Kysely<Database>,
  options: SeedOptions,
  progress: Progress = () => undefined,
): Promise<{ rows: Record<string, number>; seconds: number }> {
  const started = performance.now();
  const existing = await childCount(db);
  if (existing > 0) throw new ChildrenExistError(existing);
  const county = simulateCounty(countySettings, options, (fraction, label) => progress(fraction * 0.5, label));
  const rows = await loadCounty(db, county, (fraction, label) => progress(0.5 + fraction * 0.5, label));
  // The performance pages compare with published figures: the county profile's, with their source.
  await loadDemoBenchmarks(db, { userId: null, username: 'harbour-setup' });
  progress(1, 'done');
  return { rows, seconds: (performance.now() - started) / 1000 };
}
