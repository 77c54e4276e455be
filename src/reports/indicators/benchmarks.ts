// Benchmarks: published figures an indicator is compared with (England, statistical neighbours, the
// region), loaded from a CSV whose columns are documented below. A file is loaded whole or not at all.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { recordAudit, type Actor } from '../../platform/access/audit.ts';
import { indicatorById } from './catalogue.ts';

/**
 * The CSV's columns, in this order, with a header row naming them:
 * - `indicator`: the indicator's id (as in its page's address, /indicators/referral-rate);
 * - `year`: the reporting year the figure is for, '2023-24';
 * - `area`: 'England', 'Statistical neighbours', 'Region' or any other comparator's name;
 * - `value`: the figure, in the indicator's unit (a rate per 10,000 as 520, a percentage as 22);
 * - `source`: where it was published, so the figure can be cited.
 */
export const benchmarkColumns = ['indicator', 'year', 'area', 'value', 'source'] as const;

export interface Benchmark {
  indicatorId: string;
  year: string;
  area: string;
  value: number;
  source: string;
}

/** A row the file could not be loaded with, by its line in the file. */
export interface BenchmarkError {
  line: number;
  message: string;
}

export type BenchmarkFile = { ok: true; benchmarks: Benchmark[] } | { ok: false; errors: BenchmarkError[] };

const longestText = 200;

function checkedYear(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return (Number(match[1]) + 1) % 100 === Number(match[2]) ? text : undefined;
}

/** Whether the catalogue has an indicator of this id. */
export const knownIndicator = (id: string) => indicatorById(id) !== undefined;

/** Reads a benchmarks CSV, every row checked: the benchmarks, or each bad row's line and what is wrong with it. */
export function parseBenchmarks(text: string, knownIndicator: (id: string) => boolean): BenchmarkFile {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      ok: false,
      errors: [{ line, message: 'The file is not a CSV Harbour can read (is a quotation mark left open?)' }],
    };
  }
  const [header, ...rows] = records;
  if (!header || header.record.map((name) => name.toLowerCase()).join(',') !== benchmarkColumns.join(','))
    return {
      ok: false,
      errors: [
        { line: header?.info.lines ?? 1, message: `The first row must name the columns ${benchmarkColumns.join(',')}` },
      ],
    };
  const errors: BenchmarkError[] = [];
  const benchmarks: Benchmark[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const wrong = (message: string) => errors.push({ line, message });
    if (record.length !== benchmarkColumns.length) {
      wrong(`The row has ${record.length} columns; it needs ${benchmarkColumns.length}`);
      continue;
    }
    const [indicatorId, yearText, area, valueText, source] = record as [string, string, string, string, string];
    const year = checkedYear(yearText);
    const value = /^-?\d+(\.\d+)?$/.test(valueText) ? Number(valueText) : undefined;
    if (!knownIndicator(indicatorId)) wrong(`There is no indicator ${JSON.stringify(indicatorId)}`);
    if (!year) wrong(`The year must be a reporting year like 2023-24, not ${JSON.stringify(yearText)}`);
    if (!area || area.length > longestText) wrong(`The area must be named, in ${longestText} characters or fewer`);
    if (value === undefined) wrong(`The value must be a number like 520 or 22.5, not ${JSON.stringify(valueText)}`);
    if (!source || source.length > longestText)
      wrong(`The source must be given, in ${longestText} characters or fewer`);
    const key = `${indicatorId}\n${yearText}\n${area}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) wrong(`The same indicator, year and area are on line ${earlier}`);
    seen.set(key, line);
    if (year && value !== undefined) benchmarks.push({ indicatorId, year, area, value, source });
  }
  if (errors.length) return { ok: false, errors };
  if (!benchmarks.length)
    return { ok: false, errors: [{ line: 1, message: 'The file has no benchmarks under its header' }] };
  return { ok: true, benchmarks };
}

/** Saves the benchmarks in one transaction, each replacing any figure of the same indicator, year and area. */
export function saveBenchmarks(db: Kysely<Database>, actor: Actor, benchmarks: readonly Benchmark[]): Promise<void> {
  return inTransaction(db, async (trx) => {
    for (const b of benchmarks)
      await trx
        .insertInto('indicator_benchmarks')
        .values({
          indicator_id: b.indicatorId,
          year: b.year,
          area: b.area,
          value: b.value,
          source: b.source,
          loaded_by: actor.username,
        })
        .onConflict((oc) =>
          oc.columns(['indicator_id', 'year', 'area']).doUpdateSet({
            value: b.value,
            source: b.source,
            loaded_at: new Date(),
            loaded_by: actor.username,
          }),
        )
        .execute();
    await recordAudit(trx, actor, {
      event: 'settings-changed',
      recordType: 'indicator_benchmarks',
      detail: { loaded: benchmarks.length },
    });
  });
}

/** The benchmarks, latest year first, optionally of one indicator. */
export async function benchmarksOf(db: Kysely<Database>, indicatorId?: string): Promise<Benchmark[]> {
  let query = db.selectFrom('indicator_benchmarks').selectAll();
  if (indicatorId !== undefined) query = query.where('indicator_id', '=', indicatorId);
  const rows = await query.orderBy('indicator_id').orderBy('year', 'desc').orderBy('area').execute();
  return rows.map((row) => ({
    indicatorId: row.indicator_id,
    year: row.year,
    area: row.area,
    value: Number(row.value),
    source: row.source,
  }));
}

/** The demo county's benchmarks: only figures citable to the county profile, with their source. */
export const demoBenchmarksFile = path.join(import.meta.dirname, 'benchmarks', 'demo.csv');

/** Loads the demo benchmarks (the seed and the demo's first start). */
export async function loadDemoBenchmarks(db: Kysely<Database>, actor: Actor) {
  const file = parseBenchmarks(await readFile(demoBenchmarksFile, 'utf8'), knownIndicator);
  if (!file.ok)
    throw new Error(`The demo benchmarks do not load: line ${file.errors[0]!.line}: ${file.errors[0]!.message}`);
  await saveBenchmarks(db, actor, file.benchmarks);
}
