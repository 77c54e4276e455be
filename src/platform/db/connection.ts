import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { pglitePool } from './pgliteAdapter.ts';
import { batchedReads } from './batchedReads.ts';

export type DatabaseKind = 'embedded' | 'server';

export interface HarbourDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the embedded database lives, or the server it talks to (password hidden). */
  location: string;
  close(): Promise<void>;
  /** Embedded only: the whole data directory as a tarball (tests clone a migrated template from it). */
  dump?: () => Promise<Blob>;
}

// Counts (int8) and numerics come back as numbers and dates as 'YYYY-MM-DD' strings on both
// engines, so pages and reports never see engine-specific shapes.
const int8 = 20;
const numeric = 1700;
const date = 1082;
const asNumber = (value: string) => Number(value);
const asText = (value: string) => value;

/** node-postgres's type parsers for a server: the same shapes as the embedded database's. */
export const serverTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === int8 || oid === numeric) return asNumber;
    if (oid === date) return asText;
    return pg.types.getTypeParser(oid, format) as unknown;
  }) as typeof pg.types.getTypeParser,
};

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** Load a dump of a prepared data directory (tests clone a migrated template this way). */
  loadDataDir?: Blob;
  /** Skip the lock file: only for throwaway in-memory databases. */
  inMemory?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<HarbourDatabase> {
  if (options.databaseUrl) return openServer(options.databaseUrl);
  return openEmbedded(options);
}

function openServer(databaseUrl: string): HarbourDatabase {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, types: serverTypes });
  // node-postgres: an idle connection the server ends (restart, failover, a dropped database)
  // is reported on the pool; without a listener that would crash the process. The pool has
  // already discarded the connection and the next query opens a fresh one.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: batchedReads(pool) }) });
  const location = databaseUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
  return { db, kind: 'server', location, close: () => db.destroy() };
}

async function openEmbedded(options: OpenOptions): Promise<HarbourDatabase> {
  const parsers = { [int8]: asNumber, [numeric]: asNumber, [date]: asText };
  // btree_gist lets the database itself refuse overlapping episodes (exclusion constraints);
  // pg_trgm keeps a search by part of a name an index lookup as the county grows.
  const extensions = { btree_gist, pg_trgm };
  if (options.inMemory) {
    const database = await PGlite.create({
      parsers,
      extensions,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(database) }) });
    return {
      db,
      kind: 'embedded',
      location: 'memory',
      close: async () => {
        await db.destroy();
        await database.close();
      },
      dump: () => database.dumpDataDir('gzip'),
    };
  }
  const dataDir = path.resolve(options.dataDir ?? 'data');
  const pgDir = path.join(dataDir, 'pg');
  fs.mkdirSync(dataDir, { recursive: true });
  const releaseLock = takeLock(dataDir);
  try {
    const database = await PGlite.create(pgDir, {
      parsers,
      extensions,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(database) }) });
    let closed = false;
    return {
      db,
      kind: 'embedded',
      location: pgDir,
      close: async () => {
        if (closed) return;
        closed = true;
        await db.destroy();
        await database.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

export class DataDirectoryLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The Harbour data directory ${dataDir} is in use by another process (pid ${pid}). Stop it first, or set HARBOUR_DATA_DIR to another directory.`,
    );
    this.name = 'DataDirectoryLockedError';
  }
}

/** PGlite must be opened by one process only: a second writer would corrupt it. */
function takeLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'harbour.lock');
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && processIsAlive(holder)) {
        throw new DataDirectoryLockedError(dataDir, holder);
      }
      // The process that held it has gone (a crash or kill -9): the lock is stale.
      fs.rmSync(lockFile, { force: true });
    }
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
