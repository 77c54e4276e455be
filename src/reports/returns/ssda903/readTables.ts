// Reads SSDA903 CSV files from anywhere (Harbour's export, a council's current system): each file is
// recognised by its header row whatever it is called, streamed row by row, and every value kept as
// text for the rules to judge. A file that is not a 903 table, or a row with the wrong number of
// values, is a problem with its file and line, never a crash.
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
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

/**
 * One string for each distinct value read: a year's files repeat a few thousand dates, codes and
 * children's identifiers across hundreds of thousands of cells, and rules that read the same few
 * strings (kept in the processor's cache, each hashed once) validate a county's year about a
 * quarter faster than rules reading a string of its own in every cell.
 */
type Values = Map<string, string>;

/**
 * A row with every column blank, to copy for each row read. V8 keeps every property of an object it
 * parsed from JSON, and of a copy of it ({ ...blank }), in the object itself, where an object given
 * its properties one by one keeps all but the first few in a second array: one more memory load for
 * each value a rule reads, and a county's year validates about a sixth faster without it.
 */
const blankRow = (columns: readonly string[]): Cells =>
  JSON.parse(JSON.stringify(Object.fromEntries([['$row', 0], ...columns.map((column) => [column, ''])]))) as Cells;

type Cells = Record<string, string | number>;

/** Reads one CSV (a stream or its whole text) as the 903 table its header names. */
export async function read903Table(
  source: Readable | string,
  file: string,
  values: Values = new Map(),
): Promise<ReadTable> {
  const problems: FileProblem[] = [];
  // A row whose width is not the header's is set aside as csv-parse reads it, with its line and
  // the count of rows read before it; any other error stops the file. (Asking csv-parse for every
  // record's line instead builds two objects a record: most of the time of reading a county's file.)
  const setAside: { after: number; line: number; width: number }[] = [];
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    trim: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const failure = error as CsvError & { records: number; lines: number; record: unknown[] };
      if (failure.code !== 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') throw failure;
      setAside.push({ after: failure.records, line: failure.lines, width: failure.record.length });
    },
  });
  const rows: Row903[] = [];
  let table: TableName | null = null;
  let columns: string[] = [];
  let blank: Cells = {};
  /** Records read, the header first; and how many set-aside rows came before the next. */
  let records = 0;
  let before = 0;
  let unreadable: FileProblem | null = null;
  if (typeof source === 'string') parser.end(source);
  else {
    source.on('error', (error) => parser.destroy(error));
    source.pipe(parser);
  }
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      records++;
      if (!columns.length) {
        table = tableOfHeader(record);
        if (!table) {
          problems.push({
            file,
            line: 1,
            message: `the header row (${record.join(',')}) is not one of the SSDA903 tables`,
          });
          if (typeof source !== 'string') source.destroy();
          break;
        }
        columns = record.map((column) => column.toUpperCase());
        blank = blankRow(columns);
        continue;
      }
      // A row set aside still counts, so the rows after it keep their place in the file.
      while (before < setAside.length && (setAside[before] as { after: number }).after < records) before++;
      const row = { ...blank };
      row.$row = records - 1 + before;
      for (let index = 0; index < columns.length; index++) {
        const value = record[index] as string;
        const same = values.get(value);
        if (same === undefined) values.set(value, value);
        row[columns[index] as string] = same ?? value;
      }
      rows.push(row as unknown as Row903);
    }
  } catch (error) {
    unreadable = { file, line: parser.info.lines, message: `is not readable CSV: ${(error as Error).message}` };
  }
  if (table)
    for (const row of setAside)
      problems.push({
        file,
        line: row.line,
        message: `has ${row.width} values; the ${table} header has ${columns.length}`,
      });
  if (unreadable) problems.push(unreadable);
  if (!columns.length && !problems.length) problems.push({ file, line: null, message: 'is empty' });
  return { table, rows, problems };
}

/** Reads every CSV in a folder (or the files named) as one year's 903 tables. */
export async function read903Tables(paths: readonly string[]): Promise<ReadTables> {
  const tables = emptyTables() as unknown as Record<TableName, Row903[]>;
  const present = new Set<TableName>();
  const files = new Map<TableName, string>();
  const problems: FileProblem[] = [];
  const values: Values = new Map();
  for (const path of paths) {
    const file = basename(path);
    const read = await read903Table(createReadStream(path), file, values);
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
