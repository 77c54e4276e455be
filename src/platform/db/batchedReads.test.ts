import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { batchedReads } from './batchedReads.ts';
import { serverTypes } from './connection.ts';
import { onTestServer } from '../../app/testing/testDatabase.ts';

const serverUrl = process.env.DATABASE_URL;

describe('reads issued together on a PostgreSQL server', { skip: serverUrl ? false : 'needs DATABASE_URL' }, () => {
  const name = `harbour_batch_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  let pool: pg.Pool;
  let statements: string[];
  /** The names the reads were sent under (prepared statements), in order; '' for an unnamed one. */
  let names: string[];
  let db: Kysely<Record<string, Record<string, unknown>>>;

  before(async () => {
    await onTestServer(`create database ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    pool = new pg.Pool({ connectionString: url.toString(), max: 4, types: serverTypes });
    statements = [];
    names = [];
    const query = pool.query.bind(pool) as (
      text: string | pg.QueryConfig,
      values?: unknown[],
    ) => Promise<pg.QueryResult>;
    pool.query = ((text: string | pg.QueryConfig, values?: unknown[]) => {
      statements.push(typeof text === 'string' ? text : text.text);
      names.push(typeof text === 'string' ? '' : (text.name ?? ''));
      return query(text, values);
    }) as typeof pool.query;
    db = new Kysely({ dialect: new PostgresDialect({ pool: batchedReads(pool) }) });
    await sql`create table visits (id bigint primary key, child_id bigint, visit_date date, seen boolean,
      recorded_at timestamptz, purposes text[], detail jsonb, note text)`.execute(db);
    await sql`insert into visits values
      (1, 7, '2024-02-29', true, '2024-02-29 16:05:00+00', '{statutory,cp}', '{"alone": true}', null),
      (2, 7, '2026-03-31', false, '2026-03-31 09:00:00+01', '{}', null, 'Seen at school'),
      (3, 8, '2025-12-25', true, null, '{cin}', '{}', 'Christmas')`.execute(db);
  });
  after(async () => {
    await db?.destroy();
    await onTestServer(`drop database if exists ${name} with (force)`);
  });

  const visitsOf = (childId: number) =>
    db.selectFrom('visits').selectAll().where('child_id', '=', childId).orderBy('id').execute();

  test('come back as they would alone, in one statement once their columns have been seen', async () => {
    const alone = [await visitsOf(7), await visitsOf(8)];
    statements.length = 0;
    const together = await Promise.all([visitsOf(7), visitsOf(8)]);
    assert.deepEqual(together, alone);
    assert.equal(statements.length, 1, 'both reads in one statement');
    const [first] = together[0];
    assert.equal(first!.visit_date, '2024-02-29', 'dates stay YYYY-MM-DD');
    assert.equal(first!.id, 1, 'counts and ids stay numbers');
    assert.ok(first!.recorded_at instanceof Date, 'timestamps stay Dates');
    assert.equal(first!.recorded_at.toISOString(), '2024-02-29T16:05:00.000Z');
    assert.deepEqual(first!.purposes, ['statutory', 'cp']);
    assert.deepEqual(first!.detail, { alone: true });
  });

  test('a read that fails fails alone: the others in its batch get their rows', async () => {
    const bad = sql<{ n: number }>`select ${'not a number'}::int as n`;
    const good = sql<{ n: number }>`select ${41}::int + 1 as n`;
    await good.execute(db);
    await bad.execute(db).catch(() => undefined);
    const [failed, answered] = await Promise.allSettled([bad.execute(db), good.execute(db)]);
    assert.equal(failed.status, 'rejected');
    assert.deepEqual(answered.status === 'fulfilled' && answered.value.rows, [{ n: 42 }]);
  });

  test('reads inside a transaction use its connection: they see its writes, others do not until it commits', async () => {
    await visitsOf(9);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('visits').values({ id: 4, child_id: 9, visit_date: '2026-01-05' }).execute();
      const [inside, outside] = await Promise.all([
        trx.selectFrom('visits').selectAll().where('child_id', '=', 9).execute(),
        visitsOf(9),
      ]);
      assert.equal(inside.length, 1);
      assert.equal(outside.length, 0);
    });
    assert.equal((await visitsOf(9)).length, 1);
  });

  test('a read sent again is prepared: the server plans it once per connection, the answers stay the same', async () => {
    const first = await visitsOf(7);
    names.length = 0;
    assert.deepEqual(await visitsOf(7), first);
    assert.deepEqual(await visitsOf(7), first);
    assert.match(names.at(-1)!, /^harbour_[0-9a-f]{24}$/, 'sent by name once seen before');
    assert.equal(names.at(-1), names.at(-2), 'under the same name each time');
    const [seven, eight] = await Promise.all([visitsOf(7), visitsOf(8)]);
    const [again] = await Promise.all([visitsOf(7), visitsOf(8)]);
    assert.deepEqual([seven, again], [first, first]);
    assert.ok(eight.length === 1 && names.at(-1)!.startsWith('harbour_'), 'a batch sent again is prepared too');
  });

  test('a prepared read whose table changed shape is answered unnamed, not failed', async () => {
    const everything = () => db.selectFrom('visits').selectAll().where('id', '=', 3).execute();
    await everything();
    await everything();
    assert.ok(names.at(-1)!.startsWith('harbour_'));
    await sql`alter table visits add column reviewed boolean default false`.execute(db);
    // The server refuses a prepared "select *" whose columns have changed; the read is sent again unnamed.
    const [row] = await everything();
    assert.equal(row!.reviewed, false);
    assert.equal(names.at(-1), '');
    await everything();
    assert.equal(names.at(-1), '', 'and it is not named again');
  });
});
