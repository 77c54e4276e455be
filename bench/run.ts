// npm run bench [-- --scales 1,5 --years 3 --seed 2026 --end-date 2026-03-31]
// Seeds a synthetic county at each scale into a fresh database (PGlite in a temporary folder, or
// a new database on the PostgreSQL server DATABASE_URL names), times what users wait for, and
// prints each figure at every scale with its ratio to the first: a ratio near the scale means
// the work grows with the county, a ratio near 1 means it does not.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command, InvalidArgumentError } from 'commander';
import pg from 'pg';
import type { CountyBenchmark } from './county.ts';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

const options = new Command('bench')
  .description('Seed a synthetic county at each scale and time what users wait for')
  .option(
    '--scales <list>',
    'county scales to compare, comma-separated',
    (value) => {
      const scales = value.split(',').map(Number);
      if (scales.some((scale) => !Number.isFinite(scale) || scale <= 0))
        throw new InvalidArgumentError('scales must be positive numbers, e.g. 1,5');
      return scales;
    },
    [1, 5],
  )
  .option('--years <years>', 'years of history (default 3 on PGlite, 10 on PostgreSQL)', Number)
  .option('--seed <seed>', 'random seed', Number, 2026)
  .option('--end-date <date>', 'last day of the history, YYYY-MM-DD', '2026-03-31')
  .parse()
  .opts<{ scales: number[]; years?: number; seed: number; endDate: string }>();

const serverUrl = process.env.DATABASE_URL;
const years = options.years ?? (serverUrl ? 10 : 3);

/** A fresh, empty database for one county, and how to remove it afterwards. */
async function freshDatabase(scale: number): Promise<{ env: Record<string, string>; remove: () => Promise<void> }> {
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `harbour-bench-${scale}-`));
    return {
      env: { HARBOUR_DATA_DIR: dataDir },
      remove: () => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const name = `harbour_bench_${String(scale).replace('.', '_')}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString() }, remove: () => admin(`drop database if exists ${name} with (force)`) };
}

async function benchmark(scale: number): Promise<CountyBenchmark> {
  const database = await freshDatabase(scale);
  try {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(here, 'county.ts')], {
      env: {
        ...inherited,
        ...database.env,
        BENCH_SCALE: String(scale),
        BENCH_YEARS: String(years),
        BENCH_SEED: String(options.seed),
        BENCH_END_DATE: options.endDate,
        LOG_LEVEL: 'warn',
      },
      maxBuffer: 16 * 1024 * 1024,
    });
    const line = stdout.split('\n').find((text) => text.startsWith('BENCH '));
    if (!line) throw new Error(`the benchmark at scale ${scale} printed no result:\n${stdout}`);
    return JSON.parse(line.slice('BENCH '.length)) as CountyBenchmark;
  } finally {
    await database.remove();
  }
}

const engine = serverUrl ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (embedded)';
console.log(
  `Harbour benchmark: ${engine}, ${years} year${years === 1 ? '' : 's'} to ${options.endDate}, seed ${options.seed}, scales ${options.scales.join(', ')}; ${os.cpus().length} cores, Node ${process.version}\n`,
);
const results: CountyBenchmark[] = [];
for (const scale of options.scales) {
  process.stdout.write(`scale ${scale}: seeding and timing… `);
  const result = await benchmark(scale);
  results.push(result);
  console.log(`${result.children.toLocaleString('en-GB')} children, ${result.rows.toLocaleString('en-GB')} rows`);
}

const base = results[0]!;
const ratio = (value: number, baseValue: number) => (baseValue > 0 ? `${(value / baseValue).toFixed(1)}×` : '–');
const rows: string[][] = [
  [
    '',
    ...results.map((result) => `scale ${result.scale}`),
    ...results.slice(1).map((result) => `ratio ${result.scale}:${base.scale}`),
  ],
  [
    'Seed (simulate and load), s',
    ...results.map((result) => result.seedSeconds.toFixed(1)),
    ...results.slice(1).map((result) => ratio(result.seedSeconds, base.seedSeconds)),
  ],
  [
    'Seed peak memory, MB',
    ...results.map((result) => String(result.seedPeakMegabytes)),
    ...results.slice(1).map((result) => ratio(result.seedPeakMegabytes, base.seedPeakMegabytes)),
  ],
  ...base.timings.map((timing, index) => [
    `${timing.name}, ms`,
    ...results.map((result) => `${result.timings[index]!.milliseconds} (${result.timings[index]!.size})`),
    ...results.slice(1).map((result) => ratio(result.timings[index]!.milliseconds, timing.milliseconds)),
  ]),
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows)
  console.log(
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  '),
  );
