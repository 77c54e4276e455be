// What the 903 import's tests share: a database with an administrator to import as, each return a
// folder of CSV files written from their lines (removed after the tests), and its import.
import { after, before } from 'node:test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabase } from './testDatabase.ts';
import { testActor } from './actors.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import type { Actor } from '../../platform/access/audit.ts';
import type { CollectionYear } from '../../reports/returns/returnDates.ts';
import { csvFilesIn, read903Tables } from '../../reports/returns/ssda903/readTables.ts';
import { import903 } from '../../reports/returns/imports/import903.ts';
import { dateWindow } from '../../reports/returns/imports/records903.ts';

/** A return's files: each file's name and its lines, the header first. */
export type ReturnFiles = Record<string, readonly string[]>;

/** Registers the suite's set-up and clean-up; `year` is the year each import names, unless told another. */
export function import903Harness(year: CollectionYear | null, today = '2026-12-01') {
  let database: HarbourDatabase | undefined;
  let actor: Actor | undefined;
  const folders: string[] = [];
  const window = dateWindow(today);
  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'administrator');
  });
  after(async () => {
    await database?.close();
    await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const harness = {
    window,
    get db() {
      return database!.db;
    },
    get actor() {
      return actor!;
    },
    /** A folder holding the files, as a council's system would write them (CRLF line ends). */
    async folder(files: ReturnFiles): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), 'harbour-903-'));
      folders.push(dir);
      for (const [name, lines] of Object.entries(files)) await writeFile(join(dir, name), lines.join('\r\n') + '\r\n');
      return dir;
    },
    /** Imports the files (or a folder already written) for the year. */
    async importFolder(files: ReturnFiles | string, asYear: CollectionYear | null = year) {
      const dir = typeof files === 'string' ? files : await harness.folder(files);
      return import903(database!.db, actor!, await read903Tables(await csvFilesIn(dir)), { window, year: asYear });
    },
    /** Harbour's id of the child the returns call `previousSystemId`. */
    async childIdOf(previousSystemId: string): Promise<number> {
      const child = await database!.db
        .selectFrom('children')
        .select('id')
        .where('previous_system_id', '=', previousSystemId)
        .executeTakeFirstOrThrow();
      return child.id;
    },
  };
  return harness;
}
