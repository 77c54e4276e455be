// The first start on an empty database seeds the demo county, so a new user signs in to a living
// county; later starts find children and leave the data alone.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { childCount, demoCounty } from './options.ts';
import { progressBar } from './progress.ts';

export async function seedDemoCountyIfEmpty(db: Kysely<Database>, clock: Clock): Promise<boolean> {
  if ((await childCount(db)) > 0) return false;
  const { seedCounty } = await import('./seed.ts');
  const bar = progressBar('Seeding the demo county');
  const result = await seedCounty(
    db,
    { ...demoCounty, endDate: clock.today().toString(), seededAt: clock.now().toInstant().toString() },
    bar.update,
  );
  bar.done(`${result.rows.children ?? 0} synthetic children in ${result.seconds.toFixed(0)} s`);
  return true;
}
