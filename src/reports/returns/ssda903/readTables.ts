// Reads SSDA903 CSV files from anywhere (Harbour's export, a council's current system): each file is
// recognised by its header row whatever it is called, streamed row by row, and every value kept as
// text for the rules to judge. A file that is not a 903 table, or a row with the wrong number of
// values, is a problem with its file and line, never a crash.
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Row903, TableName, Tables903 } from './tables.ts';
import { emptyTables, tableOfHeader } from './tables.ts';

export interface FileProblem {
  readonly file: string;
  /** The line of the file (1 is the header), null for the whole file. */
  readonly line: number | null;
  readonly message: string;
}

export interface ReadTables {
  readonly tables: Tables903;
  readonly present: ReadonlySet<TableName>;
  /** The file each table came from. */
  readonly files: ReadonlyMap<TableName, string>;
  readonly problems: readonly FileProblem[];
}

interface ReadTable {
  readonly table: TableName | null;
  readonly rows: Row903[];
  readonly problems: FileProblem[];
}

/** Reads one CSV (a stream or its whole text) as the 903 table its header names. */
export async function read903Table(source: Readable | string, file: string): Promise<ReadTable> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  const problems: FileProblem[] = [];
  const rows: Row903[] = [];
  let table: TableName | null = null;
  let columns: string[] = [];
  let width = 0;
  const feeding =
    typeof source === 'string'
      ? Promise.resolve(parser.end(source))
      : new Promise<void>((resolve, reject) => {
          source.on('error', reject);
          source.pipe(parser);
          source.on('end', resolve);
          // Stopped at a header that is no 903 table: the rest is never read, so 'end' never comes.
          source.on('close', resolve);
        });
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const line = parser.info.lines;
      if (!columns.length) {
        table = tableOfHeader(record);
        if (!table) {
          problems.push({
            file,
            line: 1,
            message: `the header row (${record.join(',')}) is not one of the SSDA903 tables`,
          });
          parser.destroy();
          if (typeof source !== 'string') source.destroy();
          break;
        }
        columns = record.map((column) => column.toUpperCase());
        width = columns.length;
        continue;
      }
      if (record.length !== width) {
        problems.push({ file, line, message: `has ${record.length} values; the ${table} header has ${width}` });
        continue;
      }
      const row: Record<string, string | number> = { $row: rows.length + 1 };
      columns.forEach((column, index) => (row[column] = record[index] ?? ''));
      rows.push(row as unknown as Row903);
    }
    await feeding;
  } catch (error) {
    problems.push({ file, line: parser.info.lines, message: `is not readable CSV: ${(error as Error).message}` });
  }
  if (!columns.length && !problems.length) problems.push({ file, line: null, message: 'is empty' });
  return { table, rows, problems };
}

/** Reads every CSV in a folder (or the files named) as one year's 903 tables. */
export async function read903Tables(paths: readonly string[]): Promise<ReadTables> {
  const tables = emptyTables() as unknown as Record<TableName, Row903[]>;
  const present = new Set<TableName>();
  const files = new Map<TableName, string>();
  const problems: FileProblem[] = [];
  for (const path of paths) {
    const file = basename(path);
    const read = await read903Table(createReadStream(path), file);
    problems.push(...read.problems);
    if (!read.table) continue;
    if (present.has(read.table)) {
      problems.push({
        file,
        line: null,
        message: `is a second ${read.table} table (the first was ${files.get(read.table)})`,
      });
      continue;
    }
    present.add(read.table);
    files.set(read.table, file);
    tables[read.table] = read.rows;
  }
  return { tables: tables as unknown as Tables903, present, files, problems };
}

/** The CSV files in a folder, in name order. */
export async function csvFilesIn(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * The collection year a return is for when none is named: the year holding the latest date of an
 * episode, review or missing episode (a 903 file does not say its year).
 */
export function yearOfTables(tables: Tables903, day: (text: string) => number | null): number | null {
  let latest: number | null = null;
  const see = (text: string) => {
    const value = day(text);
    if (value !== null && (latest === null || value > latest)) latest = value;
  };
  for (const episode of tables.Episodes) {
    see(episode.DECOM);
    see(episode.DEC);
  }
  for (const review of tables.Reviews) see(review.REVIEW);
  return latest;
}
