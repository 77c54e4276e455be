// npm run bench [-- --quick] [-- --scales 1,5 --years 10 --seed 2026 --end-date 2026-03-31]
// Starts a PostgreSQL server it controls (or uses DATABASE_URL), seeds the synthetic county at
// each scale (cached between runs: bench/.cache), serves Harbour on it and loads it as 1, 10 and
// 50 signed-in people would (each reading a page for a moment before the next) and then flat out
// (50 connections asking back to back: how many pages a second it can give), times the reports against the floor of reading their tables raw,
// and prints every figure at each scale with its growth ratio (largest ÷ first), writing the same
// as JSON under bench/results/. Every loop is bounded by count and time; it talks to 127.0.0.1 only.
import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command, InvalidArgumentError } from 'commander';
import pg from 'pg';
import type { ReportTiming, SeedResult } from './county.ts';
import { asPeople, flatOut, signIn, thinkSeconds, type LoadResult, type Scenario } from './load.ts';
import { startBenchServer } from './postgres.ts';
import { cached, cacheDir, countyKey, restoreCounty, saveCounty } from './seedCache.ts';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');

const numberList = (name: string) => (value: string) => {
  const list = value.split(',').map(Number);
  if (list.some((n) => !Number.isFinite(n) || n <= 0))
    throw new InvalidArgumentError(`${name} must be positive numbers`);
  return list;
};
const options = new Command('bench')
  .description('Seed the synthetic county at each scale, serve it, and measure what people wait for')
  .option('--quick', 'scales 0.04 and 0.2 with 3 years, short loads: under 3 minutes for day-to-day use')
  .option('--scales <list>', 'county scales, comma-separated (default 1,5)', numberList('scales'))
  .option('--years <years>', 'years of history (default 10)', Number)
  .option('--users <list>', 'signed-in people using Harbour at once (default 1,10,50)', numberList('users'))
  .option(
    '--flat-out <connections>',
    'connections asking back to back, for the pages a second (default 50; 0: none)',
    Number,
  )
  .option('--seconds <seconds>', 'seconds of load for each page and number of users (default 10)', Number)
  .option('--seed <seed>', 'random seed', Number, 2026)
  .option('--end-date <date>', 'last day of the history, YYYY-MM-DD', '2026-03-31')
  .parse()
  .opts<{
    quick?: boolean;
    scales?: number[];
    years?: number;
    users?: number[];
    flatOut?: number;
    seconds?: number;
    seed: number;
    endDate: string;
  }>();

const quick = Boolean(options.quick);
const scales = options.scales ?? (quick ? [0.04, 0.2] : [1, 5]);
const years = options.years ?? (quick ? 3 : 10);
const users = options.users ?? [1, 10, 50];
const flatOutConnections = options.flatOut ?? 50;
const loadSeconds = options.seconds ?? (quick ? 2 : 10);
const demoPassword = 'harbour-demo-2026';
/** Open children in a team of ordinary size: the team the team pages are measured on. */
const typicalTeamChildren = 120;

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function inSubprocess<T>(env: Record<string, string>): Promise<T> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(here, 'county.ts')], {
    env: { ...inherited, ...env, LOG_LEVEL: 'warn' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = stdout.split('\n').find((text) => text.startsWith('BENCH '));
  if (!line) throw new Error(`the benchmark printed no result:\n${stdout}`);
  return JSON.parse(line.slice('BENCH '.length)) as T;
}

/** The Node options `npm start` serves with (its memory settings: decisions 0009, 0010), so the figures are for the same process. */
const startOptions = (): string[] => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return scripts.start.split(/\s+/).filter((word) => /^--(max-[a-z-]+-size|heap-growing-percent)=\d+$/.test(word));
};

/** Harbour serving the county, as `npm start` does; resolves once /health answers. */
async function startHarbour(databaseUrl: string, port: number) {
  const serve = [...startOptions(), '--import', 'tsx', path.join(root, 'src/app/cli.ts'), 'serve'];
  const child = spawn(process.execPath, serve, {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HARBOUR_TODAY: options.endDate,
      HARBOUR_DEMO_ACCOUNTS: 'true',
      HARBOUR_SEED_DEMO: 'false',
      SESSION_SECRET: crypto.randomBytes(24).toString('hex'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 600; tries++) {
    if (child.exitCode !== null) throw new Error(`harbour serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  /** The server's peak resident memory so far (Linux: VmHWM). */
  const peakMegabytes = () => {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { base, peakMegabytes, stop };
}

interface ScaleResult {
  scale: number;
  seed: SeedResult & { cached: boolean };
  load: LoadResult[];
  reports: ReportTiming[];
  /** Peak resident memory of the server while people used it, and after the flat-out runs too. */
  peoplePeakMegabytes: number;
  serverPeakMegabytes: number;
  children: number;
}

async function pagesFor(databaseUrl: string, base: string) {
  const on = options.endDate;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // A team of the size a team is (about 7 social workers at 17 children each) at every scale, so
    // the growth ratio compares like with like: the largest team grows with the number of teams.
    const team = (
      await client.query<{ team_id: number; children: number }>(
        `select team_id, count(*)::int as children from allocations where start_date <= $1 and (end_date is null or end_date > $1)
         group by team_id order by abs(count(*) - $2), team_id limit 1`,
        [on, typicalTeamChildren],
      )
    ).rows[0]!;
    const open = (
      await client.query<{ id: number }>(
        // Restricted records open only by grant, even to a service manager: not in the sample.
        `select distinct a.child_id as id from allocations a join children c on c.id = a.child_id
         where a.start_date <= $1 and (a.end_date is null or a.end_date > $1) and c.access_restriction is null order by 1`,
        [on],
      )
    ).rows.map((row) => row.id);
    const surnames = (
      await client.query<{ part: string }>(`select distinct left(surname, 3) as part from children limit 200`)
    ).rows.map((row) => row.part);
    const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
    const most = Math.max(...users, flatOutConnections);
    const sessions = async (role: string) => {
      const cookies: string[] = [];
      for (let i = 0; i < most; i++) cookies.push(await signIn(base, `demo-${role}`, demoPassword));
      return cookies;
    };
    const [manager, serviceManager, frontDoor, practitioner] = [
      await sessions('team-manager'),
      await sessions('service-manager'),
      await sessions('front-door'),
      await sessions('practitioner'),
    ];
    const scenarios: Scenario[] = [
      { page: "Child's page (random open children)", cookies: serviceManager, path: () => `/children/${pick(open)}` },
      {
        page: 'Chronology (random open children)',
        cookies: serviceManager,
        path: () => `/children/${pick(open)}/chronology`,
      },
      {
        page: `Team's due and overdue (a team of about ${typicalTeamChildren} children)`,
        cookies: manager,
        path: () => `/team/due?team=${team.team_id}`,
      },
      { page: `Manager's team page (the same team)`, cookies: manager, path: () => `/team?team=${team.team_id}` },
      { page: 'Open children with no worker (the county)', cookies: manager, path: () => '/team/unallocated' },
      { page: 'Home page (team manager)', cookies: manager, path: () => '/' },
      { page: 'Front door queue', cookies: frontDoor, path: () => '/front-door' },
      {
        page: 'Search by part of a surname',
        cookies: practitioner,
        path: () => `/children?q=${encodeURIComponent(pick(surnames))}`,
      },
    ];
    return { scenarios, children: open.length };
  } finally {
    await client.end();
  }
}

async function benchmarkScale(
  serverUrl: string,
  bin: string | undefined,
  scale: number,
  port: number,
): Promise<ScaleResult> {
  const name = `harbour_bench_${String(scale).replace('.', '_')}_${crypto.randomBytes(3).toString('hex')}`;
  await admin(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);
  const county = { scale, years, seed: options.seed, endDate: options.endDate };
  const env = {
    DATABASE_URL: url,
    BENCH_SCALE: String(scale),
    BENCH_YEARS: String(years),
    BENCH_SEED: String(options.seed),
    BENCH_END_DATE: options.endDate,
  };
  try {
    const key = countyKey(county);
    const metaFile = path.join(cacheDir, `${key}.json`);
    let seed: ScaleResult['seed'];
    if (bin && cached(key) && fs.existsSync(metaFile)) {
      process.stdout.write('restoring the cached county… ');
      restoreCounty(bin, url, key);
      seed = { ...(JSON.parse(fs.readFileSync(metaFile, 'utf8')) as SeedResult), cached: true };
    } else {
      process.stdout.write('seeding… ');
      const seeded = await inSubprocess<SeedResult>({ ...env, BENCH_MODE: 'seed' });
      if (bin) {
        saveCounty(bin, url, key);
        fs.writeFileSync(metaFile, JSON.stringify(seeded));
      }
      seed = { ...seeded, cached: false };
    }
    await admin(url, 'analyze');
    process.stdout.write('reports… ');
    const reports = await inSubprocess<ReportTiming[]>({ ...env, BENCH_MODE: 'reports' });
    process.stdout.write('serving… ');
    const harbour = await startHarbour(url, port);
    try {
      const { scenarios, children } = await pagesFor(url, harbour.base);
      const load: LoadResult[] = [];
      for (const scenario of scenarios)
        for (const count of users) {
          process.stdout.write('.');
          load.push(await asPeople(harbour.base, scenario, count, loadSeconds));
        }
      // The server's memory as people use it, before the flat-out runs push it further.
      const peoplePeakMegabytes = harbour.peakMegabytes();
      if (flatOutConnections > 0)
        for (const scenario of scenarios) {
          process.stdout.write('.');
          load.push(await flatOut(harbour.base, scenario, flatOutConnections, loadSeconds));
        }
      console.log();
      return {
        scale,
        seed,
        load,
        reports,
        peoplePeakMegabytes,
        serverPeakMegabytes: harbour.peakMegabytes(),
        children,
      };
    } finally {
      await harbour.stop();
    }
  } finally {
    await admin(serverUrl, `drop database if exists ${name} with (force)`);
  }
}

const external = process.env.DATABASE_URL;
const server = external ? undefined : await startBenchServer();
const serverUrl = external ?? server!.url;
try {
  console.log(
    `Harbour benchmark: PostgreSQL ${external ? '(DATABASE_URL)' : '(its own server on 127.0.0.1)'}, ${years} years to ${options.endDate}, seed ${options.seed}, scales ${scales.join(', ')}, ${users.join('/')} people (each reading a page ${thinkSeconds.least}–${thinkSeconds.most} s) and ${flatOutConnections} connections flat out, ${loadSeconds} s each; ${os.cpus().length} cores, Node ${process.version}\n`,
  );
  const results: ScaleResult[] = [];
  for (const [i, scale] of scales.entries()) {
    process.stdout.write(`scale ${scale}: `);
    results.push(await benchmarkScale(serverUrl, server?.bin, scale, 3900 + i));
  }
  const first = results[0]!;
  const last = results.at(-1)!;
  const growth = (a: number, b: number) => (a > 0 ? `${(b / a).toFixed(2)}×` : '–');
  const table = (head: string[], body: string[][]) => {
    const rows = [head, ...body];
    const widths = head.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
    for (const row of rows)
      console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    console.log();
  };
  const scaleHeads = results.map((result) => `scale ${result.scale}`);
  const ratioHead = `${last.scale}÷${first.scale}`;

  console.log('County');
  table(
    ['', ...scaleHeads],
    [
      ['Children', ...results.map((r) => r.seed.children.toLocaleString('en-GB'))],
      ['Rows', ...results.map((r) => r.seed.rows.toLocaleString('en-GB'))],
      [
        'Seed, s (cached: from an earlier run)',
        ...results.map((r) => `${r.seed.seedSeconds}${r.seed.cached ? ' (cached)' : ''}`),
      ],
      ['Seed peak memory, MB', ...results.map((r) => String(r.seed.seedPeakMegabytes))],
      ['Server peak memory as people use it, MB', ...results.map((r) => String(r.peoplePeakMegabytes))],
      ['Server peak memory after the flat-out runs, MB', ...results.map((r) => String(r.serverPeakMegabytes))],
    ],
  );

  console.log(
    `HTTP under load: p50 / p95 / p99 ms, requests per second (people read each page ${thinkSeconds.least}–${thinkSeconds.most} s; flat out: no pause)`,
  );
  table(
    ['Page', 'users', ...scaleHeads, `p95 ${ratioHead}`],
    first.load.map((row, i) => [
      row.page,
      row.mode === 'people' ? String(row.users) : `${row.users} flat out`,
      ...results.map((r) => {
        const cell = r.load[i]!;
        return `${cell.p50} / ${cell.p95} / ${cell.p99}, ${cell.perSecond}/s${cell.errors ? `, ${cell.errors} errors` : ''}`;
      }),
      growth(row.p95, last.load[i]!.p95),
    ]),
  );

  console.log('Reports: seconds (the floor: PostgreSQL reading their tables raw; ratio to it)');
  table(
    ['Report', ...scaleHeads, ratioHead],
    first.reports.map((row, i) => [
      row.name,
      ...results.map((r) => {
        const cell = r.reports[i]!;
        return cell.floorSeconds
          ? `${cell.seconds} (floor ${cell.floorSeconds}, ${(cell.seconds / cell.floorSeconds).toFixed(1)}×; ${cell.peakMegabytes} MB)`
          : `${cell.seconds} (${cell.peakMegabytes} MB)`;
      }),
      growth(row.seconds, last.reports[i]!.seconds),
    ]),
  );

  const resultsDir = path.join(here, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(
    resultsDir,
    `${new Date().toISOString().slice(0, 19).replace(/:/g, '')}${quick ? '-quick' : ''}.json`,
  );
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        options: {
          scales,
          years,
          users,
          thinkSeconds,
          flatOutConnections,
          loadSeconds,
          seed: options.seed,
          endDate: options.endDate,
        },
        cores: os.cpus().length,
        node: process.version,
        results,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`Written to ${path.relative(root, file)}`);
} finally {
  server?.stop();
}
