// One county at one scale, in its own process so its peak memory is its own: seeds it, then
// times what users wait for. Run by bench/run.ts; prints one JSON line starting "BENCH ".
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { openDatabase } from '../src/platform/db/connection.ts';
import { migrateHarbour } from '../src/app/modules.ts';
import { seedCounty } from '../src/app/synth/seed.ts';
import { countyReport } from '../src/app/synth/report.ts';
import { dueAcrossChildren } from '../src/reports/journey/dueAcrossChildren.ts';
import { openChildIds, teamChildren } from '../src/reports/journey/openCases.ts';
import { childOverview } from '../src/reports/journey/childOverview.ts';
import { chronology } from '../src/reports/journey/chronology.ts';
import { findChildren } from '../src/areas/people/search.ts';

export interface CountyBenchmark {
  scale: number;
  years: number;
  engine: string;
  children: number;
  rows: number;
  seedSeconds: number;
  seedPeakMegabytes: number;
  /** What users wait for: the median of several runs, in milliseconds. */
  timings: { name: string; size: string; milliseconds: number }[];
}

const scale = Number(process.env.BENCH_SCALE);
const years = Number(process.env.BENCH_YEARS);
const seed = Number(process.env.BENCH_SEED);
const endDate = process.env.BENCH_END_DATE!;
const today = Temporal.PlainDate.from(endDate);

/** Median of five runs after one to warm caches, so one slow run does not decide the figure. */
async function median(work: () => Promise<unknown>): Promise<number> {
  await work();
  const runs: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    await work();
    runs.push(performance.now() - started);
  }
  return Math.round(runs.sort((a, b) => a - b)[2]!);
}

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.HARBOUR_DATA_DIR! });
try {
  const db = database.db;
  await migrateHarbour(db);
  const seeded = await seedCounty(db, { scale, years, seed, endDate });
  const seedPeakMegabytes = Math.round(process.resourceUsage().maxRSS / 1024);

  const on = today.toString();
  const { rows: teams } = await sql<{ team_id: number }>`
    select team_id from allocations where start_date <= ${on} and (end_date is null or end_date > ${on})
    group by team_id order by count(*) desc limit 1`.execute(db);
  const team = await teamChildren(db, teams[0]!.team_id, on);
  const openIds = await openChildIds(db, on);
  const open = await db
    .selectFrom('children')
    .select(['id', 'forename', 'surname'])
    .where('id', 'in', openIds)
    .execute();
  // The busiest record: the child with the most visits, whose page and chronology are longest.
  const { rows: busiest } = await sql<{
    child_id: number;
  }>`select child_id from visits group by child_id order by count(*) desc, child_id limit 1`.execute(db);
  const child = busiest[0]!.child_id;
  const surname = (await db.selectFrom('children').select('surname').where('id', '=', child).executeTakeFirstOrThrow())
    .surname;
  const partOfSurname = surname.slice(0, 3);

  const timings = [
    {
      name: "Team's due and overdue (largest team)",
      size: `${team.length} children`,
      milliseconds: await median(() => dueAcrossChildren(db, team, today)),
    },
    {
      name: 'Due and overdue across every open case',
      size: `${open.length} children`,
      milliseconds: await median(() => dueAcrossChildren(db, open, today)),
    },
    {
      name: "Child's page: status, due items, family",
      size: 'busiest child',
      milliseconds: await median(() => childOverview(db, child, today)),
    },
    {
      name: 'Chronology with siblings',
      size: 'busiest child',
      milliseconds: await median(() => chronology(db, child, { includeSiblings: true })),
    },
    {
      name: 'Find a child by part of a surname',
      size: `"${partOfSurname}"`,
      milliseconds: await median(() => findChildren(db, { text: partOfSurname }, on)),
    },
    {
      name: "County's figures beside the profile",
      size: '12 months',
      milliseconds: await median(() => countyReport(db, on)),
    },
  ];

  const result: CountyBenchmark = {
    scale,
    years,
    engine: database.kind === 'server' ? 'PostgreSQL' : 'PGlite',
    children: seeded.rows.children ?? 0,
    rows: Object.values(seeded.rows).reduce((a, b) => a + b, 0),
    seedSeconds: Math.round(seeded.seconds * 10) / 10,
    seedPeakMegabytes,
    timings,
  };
  console.log(`BENCH ${JSON.stringify(result)}`);
} finally {
  await database.close();
}
