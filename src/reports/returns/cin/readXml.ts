// Reads a CIN census XML file from anywhere (Harbour's export, a council's current system) as
// tables, streamed: saxes reads it chunk by chunk, so a county's file is never held whole. Each
// block becomes a row stamped with the line it opens on; XML that does not parse is a problem with
// its line, never a crash.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import type { CinTableName, CinTables } from './tables.ts';
import { emptyCinTables, tableColumns } from './tables.ts';

export interface CinProblem {
  readonly line: number | null;
  readonly message: string;
}

export interface ReadCin {
  readonly tables: CinTables;
  readonly problems: readonly CinProblem[];
}

/** Elements that open a row of a table (their leaves fill it). */
const blocks: Readonly<Record<string, CinTableName>> = {
  Header: 'Header',
  ChildIdentifiers: 'ChildIdentifiers',
  ChildCharacteristics: 'ChildCharacteristics',
  CINdetails: 'CINdetails',
  Assessments: 'Assessments',
  CINPlanDates: 'CINplanDates',
  Section47: 'Section47',
  ChildProtectionPlans: 'ChildProtectionPlans',
  PreProceedingsandFGDM: 'PreProceedings',
};

/** Leaves that are rows of their own (a list of values). */
const listItems: Readonly<Record<string, CinTableName>> = {
  Disability: 'Disabilities',
  AssessmentFactors: 'AssessmentFactors',
  CPPreviewDate: 'Reviews',
};

/** Sex was GenderCurrent before 2025: an older file's value is kept for the rules to judge. */
const renamed: Readonly<Record<string, string>> = { GenderCurrent: 'Sex' };

type Building = Record<string, string | number>;

/** Each table's columns as a set: every leaf of the file asks whether it is one. */
const columnsOf = Object.fromEntries(
  Object.entries(tableColumns).map(([table, columns]) => [table, new Set<string>(columns)]),
) as unknown as Record<CinTableName, ReadonlySet<string>>;

export async function readCin(source: Readable | string): Promise<ReadCin> {
  const tables = emptyCinTables() as unknown as Record<CinTableName, Building[]>;
  const problems: CinProblem[] = [];
  const parser = new SaxesParser({ position: true });
  const open: { table: CinTableName; row: Building }[] = [];
  let childRows: Building[] = [];
  let text = '';
  let lastId = 0;
  // A row below an episode, assessment or plan carries their ids, so rules join the blocks.
  const idsOf = () => {
    const keys: Building = {};
    for (const { row } of open)
      for (const key of ['CINdetailsID', 'AssessmentID', 'CPPID']) if (key in row) keys[key] = row[key]!;
    return keys;
  };
  const newRow = (table: CinTableName, line: number): Building => {
    const row: Building = { LAchildID: '', ...idsOf() };
    for (const column of tableColumns[table]) if (!(column in row)) row[column] = '';
    row.$row = line;
    if (table === 'CINdetails') row.CINdetailsID = String(++lastId);
    if (table === 'Assessments') row.AssessmentID = String(++lastId);
    if (table === 'ChildProtectionPlans') row.CPPID = String(++lastId);
    if (table !== 'Header') childRows.push(row);
    tables[table].push(row);
    return row;
  };

  parser.on('opentag', (tag) => {
    text = '';
    if (tag.name === 'Child') childRows = [];
    const table = blocks[tag.name];
    if (table) open.push({ table, row: newRow(table, parser.line) });
  });
  parser.on('text', (value) => (text += value));
  parser.on('closetag', (tag) => {
    const value = text.trim();
    text = '';
    if (blocks[tag.name]) {
      open.pop();
      return;
    }
    if (tag.name === 'Child') {
      const child = childRows.find((row) => 'UPN' in row)?.LAchildID ?? '';
      for (const row of childRows) row.LAchildID = child;
      return;
    }
    const list = listItems[tag.name];
    if (list) {
      const row = newRow(list, parser.line);
      row[tableColumns[list].at(-1)!] = value;
      return;
    }
    const current = open[open.length - 1];
    const column = renamed[tag.name] ?? tag.name;
    if (current && columnsOf[current.table].has(column)) current.row[column] = value;
  });
  parser.on('error', (error) => {
    throw error;
  });

  try {
    if (typeof source === 'string') parser.write(source);
    else {
      source.setEncoding('utf8');
      for await (const chunk of source) parser.write(chunk as string);
    }
    parser.close();
  } catch (error) {
    problems.push({ line: parser.line, message: `is not well-formed XML: ${(error as Error).message}` });
  }
  if (!problems.length && !tables.Header.length && !tables.ChildIdentifiers.length)
    problems.push({ line: null, message: 'holds no CIN census Header or Child' });
  return { tables: tables as unknown as CinTables, problems };
}

/** A census file, read a megabyte at a time (the default 64 KB makes a county's file hundreds of reads). */
export const readCinFile = (path: string): Promise<ReadCin> =>
  readCin(createReadStream(path, { highWaterMark: 1 << 20 }));
