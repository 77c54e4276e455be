// `harbour seed`: the synthetic county from the command line.
import { type Command, InvalidArgumentError } from 'commander';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { systemClock } from '../../core/clock.ts';
import { demoCounty } from './options.ts';
import { countyReport, formatReport } from './report.ts';
import { progressBar } from './progress.ts';

const positive = (name: string) => (value: string) => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new InvalidArgumentError(`${name} must be a positive number`);
  return parsed;
};
const whole = (name: string) => (value: string) => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError(`${name} must be a whole number`);
  return parsed;
};
const isoDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('the end date must be YYYY-MM-DD');
  return value;
};

interface SeedCommandOptions {
  scale?: number;
  years?: number;
  seed?: number;
  endDate?: string;
  report?: boolean;
}

/** The end date of the county last seeded here, else today. */
async function seededEndDate(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{
    value: string;
  }>`select value from harbour_settings where key = 'synthetic-county'`.execute(db);
  const saved = rows[0] ? (JSON.parse(rows[0].value) as { endDate?: string }).endDate : undefined;
  return saved ?? systemClock().today().toString();
}

export function registerSeedCommand(
  program: Command,
  withDatabase: <T>(work: (database: HarbourDatabase) => Promise<T>) => Promise<T>,
): void {
  program
    .command('seed')
    .description(
      'Fill an empty database with a synthetic county (every child flagged synthetic); --report alone prints its figures beside the profile',
    )
    .option('--scale <scale>', `children as a multiple of 59,300 (default ${demoCounty.scale})`, positive('scale'))
    .option('--years <years>', `years of history (default ${demoCounty.years})`, positive('years'))
    .option(
      '--seed <seed>',
      `random seed: the same seed gives the same county (default ${demoCounty.seed})`,
      whole('seed'),
    )
    .option('--end-date <date>', 'the last day of the history, YYYY-MM-DD (default today)', isoDate)
    .option('--report', "print the county's rates beside the profile's")
    .action((options: SeedCommandOptions) =>
      withDatabase(async (database) => {
        const seeding =
          options.scale !== undefined ||
          options.years !== undefined ||
          options.seed !== undefined ||
          options.endDate !== undefined ||
          !options.report;
        if (seeding) {
          const endDate = options.endDate ?? systemClock().today().toString();
          const scale = options.scale ?? demoCounty.scale;
          const years = options.years ?? demoCounty.years;
          const seed = options.seed ?? demoCounty.seed;
          if (!Number.isInteger(years)) throw new InvalidArgumentError('years must be a whole number');
          const bar = progressBar(`Seeding a county of ${Math.round(scale * 59_300).toLocaleString('en-GB')} children`);
          const { seedCounty } = await import('./seed.ts');
          const result = await seedCounty(
            database.db,
            { scale, years, seed, endDate, seededAt: systemClock().now().toInstant().toString() },
            bar.update,
          );
          bar.done('done');
          const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
          const peak = Math.round(process.resourceUsage().maxRSS / 1024);
          console.log(
            `Seeded ${result.rows.children ?? 0} children and ${rows.toLocaleString('en-GB')} rows in ${result.seconds.toFixed(1)} s (peak memory ${peak} MB) into ${database.location}: scale ${scale}, ${years} years to ${endDate}, seed ${seed}.`,
          );
        }
        if (options.report) {
          const endDate = options.endDate ?? (await seededEndDate(database.db));
          console.log(formatReport(await countyReport(database.db, endDate)));
        }
      }),
    );
}
