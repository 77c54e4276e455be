import crypto from 'node:crypto';
import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Reads issued together are sent to the server together. A page asks for a child's records area
 * by area — thirty-odd small selects started at once — and each one sent alone costs a round trip,
 * a parse and a plan on the server and a socket write in Harbour: together they were most of the
 * time a page took. Selects made outside a transaction in the same turn of the event loop are sent
 * as one statement, each read as a JSON array:
 *
 *   select (select coalesce(json_agg(q), '[]') from (<first select>) q) as "0",
 *          (select coalesce(json_agg(q), '[]') from (<second select, its $n renumbered>) q) as "1"
 *
 * JSON carries the values the pool's type parsers would give (numbers, booleans, text, 'YYYY-MM-DD'
 * dates, arrays of text and numbers, JSON) except timestamps, which are turned back into Dates.
 * A select is batched only once its columns' types have been seen (it runs alone the first time)
 * and are all of those; anything else — writes, everything in a transaction, a select of another
 * type — goes to a connection of its own as before. If a batch fails, each of its reads is run
 * alone, so each caller gets its own answer or its own error.
 *
 * A read sent again (the same page's batch, the same lone select) is sent as a prepared statement:
 * the server then parses and plans it once per connection instead of every time, which was half of
 * its work for a child's page.
 */

// Column types whose JSON form is what the pool's parsers give for them.
const sameInJson = new Set([
  16, // bool
  19, // name
  20, // int8 (parsed as a number)
  21, // int2
  23, // int4
  25, // text
  26, // oid
  114, // json
  700, // float4
  701, // float8
  869, // inet
  1007, // int4[]
  1009, // text[]
  1015, // varchar[]
  1043, // varchar
  1082, // date (parsed as 'YYYY-MM-DD')
  1700, // numeric (parsed as a number)
  2950, // uuid
  3802, // jsonb
  3912, // daterange
]);
const timestamps = new Set([1114, 1184]);

/** The shape of a select's columns, learnt from its first answer: the timestamp columns, or no batching. */
type Shape = { batchable: false } | { batchable: true; timestampColumns: string[] };

interface Waiting {
  sql: string;
  parameters: readonly unknown[];
  timestampColumns: string[];
  resolve: (result: PostgresQueryResult<unknown>) => void;
  reject: (error: unknown) => void;
}

/** Parameters one statement may carry in PostgreSQL's protocol, with room to spare. */
const mostParameters = 30_000;
/** Shapes remembered: the same selects recur; a list's `in ($1, $2, …)` of each length is its own. */
const mostShapes = 10_000;

/** Statements prepared, at most, so the server's memory for them stays bounded. */
const mostPrepared = 200;

/**
 * Names for statements sent more than once: the second time a text is sent it is given a name and
 * the server keeps its plan. A named statement that fails (a table changed shape under a test's
 * migration, say) is never named again and is answered unnamed.
 */
function preparedStatements() {
  const seen = new Map<string, number | string | null>();
  let named = 0;
  const configOf = (text: string, values: unknown[]): pg.QueryConfig => {
    const known = seen.get(text);
    if (typeof known === 'string') return { name: known, text, values };
    if (known === 1 && named < mostPrepared) {
      const name = `harbour_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
      seen.set(text, name);
      named++;
      return { name, text, values };
    }
    if (known !== null && seen.size < mostShapes) seen.set(text, (known ?? 0) + 1);
    return { text, values };
  };
  return async (pool: pg.Pool, text: string, values: unknown[]) => {
    const config = configOf(text, values);
    try {
      return await pool.query(config);
    } catch (error) {
      if (!config.name) throw error;
      seen.set(text, null);
      return pool.query(text, values);
    }
  };
}

/** A select that only reads: no row locks, no sequence, lock or setting functions, one statement. */
const isPlainSelect = (sql: string) =>
  /^\s*select\b/i.test(sql) &&
  !sql.includes(';') &&
  !/\bfor\s+(no\s+key\s+)?(update|share|key\s+share)\b/i.test(sql) &&
  !/\b(pg_(try_)?advisory\w*|nextval|setval|set_config|pg_notify|pg_sleep)\s*\(/i.test(sql);

export function batchedReads(pool: pg.Pool): PostgresPool {
  const shapes = new Map<string, Shape>();
  const query = preparedStatements();
  let waiting: Waiting[] = [];

  const learn = (sql: string, fields: readonly pg.FieldDef[]) => {
    if (shapes.size >= mostShapes) shapes.clear();
    const batchable = fields.every((field) => sameInJson.has(field.dataTypeID) || timestamps.has(field.dataTypeID));
    shapes.set(
      sql,
      batchable
        ? {
            batchable,
            timestampColumns: fields.filter((field) => timestamps.has(field.dataTypeID)).map((field) => field.name),
          }
        : { batchable },
    );
  };

  const alone = async (sql: string, parameters: readonly unknown[]) => {
    const result = await query(pool, sql, [...parameters]);
    if (isPlainSelect(sql)) learn(sql, result.fields);
    return result as unknown as PostgresQueryResult<unknown>;
  };

  const send = async (batch: Waiting[]) => {
    if (batch.length === 1) {
      const [only] = batch as [Waiting];
      return alone(only.sql, only.parameters).then(only.resolve, only.reject);
    }
    const parameters: unknown[] = [];
    const columns = batch.map((read, i) => {
      const offset = parameters.length;
      parameters.push(...read.parameters);
      const renumbered = read.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
      return `(select coalesce(json_agg(q), '[]'::json) from (${renumbered}) q) as "${i}"`;
    });
    let row: Record<string, Record<string, unknown>[]>;
    try {
      row = (await query(pool, `select ${columns.join(', ')}`, parameters)).rows[0] as typeof row;
    } catch {
      for (const read of batch) alone(read.sql, read.parameters).then(read.resolve, read.reject);
      return;
    }
    batch.forEach((read, i) => {
      const rows = row[String(i)]!;
      for (const column of read.timestampColumns)
        for (const each of rows) if (each[column] !== null) each[column] = new Date(each[column] as string);
      read.resolve({ command: 'SELECT', rowCount: rows.length, rows });
    });
  };

  const flush = () => {
    const all = waiting;
    waiting = [];
    let batch: Waiting[] = [];
    let count = 0;
    for (const read of all) {
      if (batch.length && count + read.parameters.length > mostParameters) {
        void send(batch);
        batch = [];
        count = 0;
      }
      batch.push(read);
      count += read.parameters.length;
    }
    if (batch.length) void send(batch);
  };

  const read = (sql: string, parameters: readonly unknown[], timestampColumns: string[]) =>
    new Promise<PostgresQueryResult<unknown>>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ sql, parameters, timestampColumns, resolve, reject });
    });

  /** A connection that holds none until it must: a select outside a transaction joins the batch. */
  const lazyClient = (): PostgresPoolClient => {
    let held: pg.PoolClient | undefined;
    // No cursors: Harbour does not stream from Kysely (the dialect is given no cursor).
    return {
      async query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
        if (!held) {
          // Only plain selects have a shape, so a select seen before is not examined again.
          const shape = shapes.get(sql);
          if (shape?.batchable) return (await read(sql, parameters, shape.timestampColumns)) as PostgresQueryResult<R>;
          if (shape || isPlainSelect(sql)) return (await alone(sql, parameters)) as PostgresQueryResult<R>;
        }
        // A write, a transaction or anything else keeps one connection until released.
        held ??= await pool.connect();
        const result = await held.query(sql, [...parameters]);
        if (!shapes.has(sql) && isPlainSelect(sql)) learn(sql, result.fields);
        return result as unknown as PostgresQueryResult<R>;
      },
      release(destroy?: boolean) {
        held?.release(destroy);
        held = undefined;
      },
    } as unknown as PostgresPoolClient;
  };

  return {
    connect: () => Promise.resolve(lazyClient()),
    end: () => pool.end(),
  };
}
