import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Presents one embedded PGlite database to Kysely as a one-connection pool.
 * PGlite has a single session, so a transaction must hold it from BEGIN to COMMIT:
 * callers queue here until the connection is released. (Hence never use `db` inside
 * `db.transaction()` — use the `trx` you were given, or it waits on itself.)
 */
export function pglitePool(database: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();

  const client = (release: () => void) => ({
    async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
      // Without parameters, use the simple protocol as node-postgres does, so migrations
      // may hold several statements.
      const result =
        parameters.length === 0
          ? ((await database.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
          : await database.query<R>(sql, parameters as unknown[]);
      const command = (sql.trimStart().split(/\s+/, 1)[0] ?? '').toUpperCase();
      return {
        command: command as PostgresQueryResult<R>['command'],
        rowCount: result.affectedRows ?? result.rows.length,
        rows: result.rows as R[],
      };
    },
    release,
  });

  return {
    connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const granted = queue.then(() => client(release) as unknown as PostgresPoolClient);
      queue = queue.then(() => held);
      return granted;
    },
    async end() {
      await queue;
    },
  };
}
