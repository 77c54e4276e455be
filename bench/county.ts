// One county at one scale, in its own process so its peak memory is its own. Run by bench/run.ts
// with BENCH_MODE: `seed` seeds the county into DATABASE_URL; `reports` times the reports and
// their floor on it. Prints one JSON line starting "BENCH ".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { openDatabase } from '../src/platform/db/connection.ts';
import { migrateHarbour } from '../src/app/modules.ts';
import { seedCounty } from '../src/app/synth/seed.ts';
import { countyReport } from '../src/app/synth/report.ts';
import { rebuildDueItems, storedDueItemsDiffer } from '../src/reports/journey/storedDueItems.ts';
import { computeIndicators } from '../src/reports/indicators/compute.ts';
import { indicators } from '../src/reports/indicators/catalogue.ts';
import { monthsEndingWith, seriesPeriods } from '../src/reports/indicators/periods.ts';
import { collectionYear, previousCollectionYear } from '../src/reports/returns/returnDates.ts';
import { build903 } from '../src/reports/returns/ssda903/build.ts';
import { files903 } from '../src/reports/returns/ssda903/writeCsv.ts';
import { buildCinCensus } from '../src/reports/returns/cin/build.ts';
import { cinCensusXml } from '../src/reports/returns/cin/writeXml.ts';
import { annexALists } from '../src/reports/returns/annexA/lists.ts';
import { annexARows } from '../src/reports/returns/annexA/queries.ts';
import { annexACells, type Cell } from '../src/reports/returns/annexA/shape.ts';
import { writeAnnexAWorkbook } from '../src/reports/returns/annexA/workbook.ts';
import { cscRows } from '../src/reports/returns/cscApi/queries.ts';
import { batches, cscChildren } from '../src/reports/returns/cscApi/shape.ts';

export interface SeedResult {
  children: number;
  rows: number;
  seedSeconds: number;
  seedPeakMegabytes: number;
}

export interface ReportTiming {
  name: string;
  seconds: number;
  /** Seconds for PostgreSQL to read the tables the report reads, raw; null where it cannot be measured. */
  floorSeconds: number | null;
  peakMegabytes: number;
}

const scale = Number(process.env.BENCH_SCALE);
const years = Number(process.env.BENCH_YEARS);
const seed = Number(process.env.BENCH_SEED);
const endDate = process.env.BENCH_END_DATE!;
const here = path.dirname(fileURLToPath(import.meta.url));

const seconds = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return Math.round((performance.now() - started) / 10) / 100;
};
const peakMegabytes = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** The tables a report's SQL reads, from its source, so the floor follows the report as it changes. */
function tablesReadBy(sourceFile: string): string[] {
  const source = fs.readFileSync(path.join(here, '..', sourceFile), 'utf8');
  return [...new Set([...source.matchAll(/\b(?:from|join) ([a-z][a-z0-9_]+)\b/g)].map((match) => match[1]!))];
}

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
try {
  const db = database.db;
  if (process.env.BENCH_MODE === 'seed') {
    await migrateHarbour(db);
    const seeded = await seedCounty(db, { scale, years, seed, endDate });
    const result: SeedResult = {
      children: seeded.rows.children ?? 0,
      rows: Object.values(seeded.rows).reduce((a, b) => a + b, 0),
      seedSeconds: Math.round(seeded.seconds * 10) / 10,
      seedPeakMegabytes: peakMegabytes(),
    };
    console.log(`BENCH ${JSON.stringify(result)}`);
  } else {
    const { rows: present } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db);
    const known = new Set(present.map((row) => row.name));
    const { rows: superuser } = await sql<{ yes: boolean }>`
      select rolsuper as yes from pg_roles where rolname = current_user`.execute(db);
    /** COPY … TO a null sink, server side: only a superuser may write a server file. */
    const floor = async (tables: string[]) => {
      if (!superuser[0]?.yes) return null;
      return seconds(async () => {
        for (const table of tables.filter((name) => known.has(name)))
          await sql`copy ${sql.table(table)} to '/dev/null'`.execute(db);
      });
    };
    const reports: ReportTiming[] = [];
    const time = async (name: string, work: () => Promise<unknown>, tables: string[]) => {
      const taken = await seconds(work);
      reports.push({ name, seconds: taken, floorSeconds: await floor(tables), peakMegabytes: peakMegabytes() });
    };
    const journeyTables = [...known].filter((name) => !['audit_events', 'sessions', 'due_items'].includes(name));
    await time(
      "County's figures beside the profile (12 months)",
      () => countyReport(db, endDate),
      tablesReadBy('src/app/synth/report.ts'),
    );
    await time(
      `Every indicator (${indicators.length}), 36 months and their years to date`,
      () =>
        computeIndicators(
          db,
          indicators,
          seriesPeriods(monthsEndingWith(Temporal.PlainYearMonth.from(endDate.slice(0, 7)), 36)),
        ),
      fs
        .readdirSync(path.join(here, '..', 'src/reports/indicators'))
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .flatMap((file) => tablesReadBy(`src/reports/indicators/${file}`)),
    );
    // The returns for the collection year holding the end date, as `harbour export` makes them (files not written).
    const endYear = Number(endDate.slice(0, 4)) - (Number(endDate.slice(5, 7)) < 4 ? 1 : 0);
    const returnYear = collectionYear(`${endYear}-${endYear + 1}`)!;
    await time(
      `SSDA903 export ${returnYear.label} (and last year's tables)`,
      async () => {
        for (const year of [returnYear, previousCollectionYear(returnYear)])
          files903(await build903(db, year), year.firstYear);
      },
      tablesReadBy('src/reports/returns/ssda903/build.ts'),
    );
    await time(
      `CIN census export ${returnYear.label}`,
      async () => cinCensusXml(await buildCinCensus(db, returnYear), { lea: '', madeAt: new Date(), release: '' }),
      tablesReadBy('src/reports/returns/cin/build.ts'),
    );
    // Annex A and the DfE's feed as at the end date, as their exports make them (the workbook
    // written to a scratch file, the feed's files stringified, neither audited).
    await time(
      `Ofsted Annex A as at ${endDate} (lists 1-10, the workbook written)`,
      async () => {
        const sheets = new Map<number, Cell[][]>();
        for (const list of annexALists.filter((list) => list.number !== 11))
          sheets.set(
            list.number,
            annexACells(list.number, await annexARows(db, list.number, endDate), endDate, 'Bench'),
          );
        const file = path.join(os.tmpdir(), `harbour-bench-annex-a-${process.pid}.xlsx`);
        await writeAnnexAWorkbook(file, sheets);
        fs.rmSync(file, { force: true });
      },
      [
        ...new Set(
          ['annexA/queries.ts', 'annexA/shape.ts'].flatMap((file) => tablesReadBy(`src/reports/returns/${file}`)),
        ),
      ],
    );
    await time(
      `DfE CSC API feed as at ${endDate} (every child, files of 100)`,
      async () => batches(cscChildren(await cscRows(db, endDate))).map((batch) => JSON.stringify(batch)),
      tablesReadBy('src/reports/returns/cscApi/queries.ts'),
    );
    await time(
      'Due items: every child checked against the engine',
      () => storedDueItemsDiffer(db, Temporal.PlainDate.from(endDate)),
      journeyTables,
    );
    await time(
      "Due items: every child's recomputed (a change of local standards)",
      () => rebuildDueItems(db),
      journeyTables,
    );
    console.log(`BENCH ${JSON.stringify(reports)}`);
  }
} finally {
  await database.close();
}
