import { defineJob } from '../jobs/jobs.ts';
import { pgBossJobQueue } from '../jobs/pgBoss.ts';
import { jobQueueSchema } from '../db/runtimeRole.ts';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { Migrator, sql, type Kysely } from 'kysely';
import { openDatabase, type HarbourDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { migrationsIn } from '../db/migrationProvider.ts';
import { onTestServer, testDatabase } from '../../app/testing/testDatabase.ts';
import { migrationFolders } from '../../app/modules.ts';
import { migrateConfigured } from '../../app/server.ts';
import { configFromEnvironment } from '../settings/config.ts';
import { recordAudit, type Actor } from './audit.ts';
import { genesisHash, verifyAuditChain } from './auditChain.ts';

const actor: Actor = { userId: null, username: 'chain-test', ip: '127.0.0.1' };

async function writeEvents(db: Kysely<Database>, count: number, reason = 'test'): Promise<number[]> {
  const ids: number[] = [];
  for (let n = 0; n < count; n += 1) {
    await recordAudit(db, actor, {
      event: 'settings-changed',
      reason: `${reason} ${n}`,
      detail: { n, nested: { a: [1.5, 'é'] } },
    });
    const last = await db
      .selectFrom('audit_events')
      .select('id')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    ids.push(last.id);
  }
  return ids;
}

/** What someone who owns the table can do behind Harbour's back: switch the guard off and change the trail. */
async function behindHarboursBack(db: Kysely<Database>, ...changes: ReturnType<typeof sql>[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(trx);
    for (const change of changes) await change.execute(trx);
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(trx);
  });
}

describe('the audit trail as a hash chain', () => {
  let database: HarbourDatabase;
  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  test('each event carries its hash and the one before it, from the genesis marker, with no gaps', async () => {
    await writeEvents(database.db, 3);
    const rows = await database.db.selectFrom('audit_events').selectAll().orderBy('chain_seq').execute();
    assert.ok(rows.length >= 3);
    assert.equal(rows[0]!.chain_seq, 1);
    assert.equal(rows[0]!.previous_hash, genesisHash);
    rows.forEach((row, n) => {
      assert.match(row.hash, /^[0-9a-f]{64}$/);
      if (n > 0) {
        assert.equal(row.chain_seq, rows[n - 1]!.chain_seq + 1);
        assert.equal(row.previous_hash, rows[n - 1]!.hash);
      }
    });
    const report = await verifyAuditChain(database.db);
    assert.deepEqual(report, { intact: true, events: rows.length, lastHash: rows.at(-1)!.hash });
  });

  test('concurrent appends keep the chain whole', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        database.db.transaction().execute(async (trx) => {
          await recordAudit(trx, actor, { event: 'sign-in', reason: `concurrent ${n}` });
          await recordAudit(trx, actor, { event: 'sign-out', reason: `concurrent ${n}` });
        }),
      ),
    );
    const report = await verifyAuditChain(database.db);
    assert.equal(report.intact, true, JSON.stringify(report));
  });

  test('an event edited behind Harbour’s back is found, with its id', async () => {
    const [, edited] = await writeEvents(database.db, 3, 'edit');
    await behindHarboursBack(database.db, sql`update audit_events set reason = 'nothing to see' where id = ${edited}`);
    const report = await verifyAuditChain(database.db);
    assert.equal(report.intact, false);
    assert.equal(report.intact === false && report.eventId, edited);
    assert.match(report.intact === false ? report.problem : '', /content has changed/);
  });

  test('a rehashed edit is found at the next link', async () => {
    const fresh = await testDatabase();
    try {
      const [, edited, next] = await writeEvents(fresh.db, 3, 'rehash');
      await behindHarboursBack(
        fresh.db,
        sql`update audit_events set reason = 'nothing to see' where id = ${edited}`,
        sql`update audit_events e set hash = audit_event_hash(e) where id = ${edited}`,
      );
      const report = await verifyAuditChain(fresh.db);
      assert.equal(report.intact === false && report.eventId, next);
      assert.match(report.intact === false ? report.problem : '', /does not follow event id/);
    } finally {
      await fresh.close();
    }
  });

  test('a deleted event leaves a gap verify finds; so does removing the newest', async () => {
    const fresh = await testDatabase();
    try {
      const [, removed, after, , last] = await writeEvents(fresh.db, 5, 'delete');
      const { chain_seq } = await fresh.db
        .selectFrom('audit_events')
        .select('chain_seq')
        .where('id', '=', removed!)
        .executeTakeFirstOrThrow();
      await behindHarboursBack(fresh.db, sql`delete from audit_events where id = ${removed}`);
      const report = await verifyAuditChain(fresh.db);
      assert.equal(report.intact === false && report.eventId, after);
      assert.match(
        report.intact === false ? report.problem : '',
        new RegExp(`event ${chain_seq} of the chain.*missing`),
      );

      const tail = await testDatabase();
      try {
        const ids = await writeEvents(tail.db, 3, 'tail');
        await behindHarboursBack(tail.db, sql`delete from audit_events where id = ${ids.at(-1)}`);
        const tailReport = await verifyAuditChain(tail.db);
        assert.equal(tailReport.intact, false);
        assert.match(tailReport.intact === false ? tailReport.problem : '', /newest 1 event\(s\) are missing/);
      } finally {
        await tail.close();
      }
      assert.ok(last);
    } finally {
      await fresh.close();
    }
  });
});

describe(
  'the migration chains the events already written',
  { skip: process.env.DATABASE_URL ? 'embedded database only' : false },
  () => {
    test('events written before 0042 are chained in id order and verify', async () => {
      const database = await openDatabase({ inMemory: true });
      try {
        const migrator = new Migrator({ db: database.db, provider: migrationsIn(migrationFolders) });
        const to = await migrator.migrateTo('0041_child_protection_plan_end_reason');
        assert.equal(to.error, undefined);
        for (let n = 0; n < 5; n += 1)
          await sql`insert into audit_events (username, event, reason, detail) values ('old', 'sign-in', ${`old ${n}`}, ${JSON.stringify({ n })})`.execute(
            database.db,
          );
        const latest = await migrator.migrateToLatest();
        assert.equal(latest.error, undefined);
        assert.deepEqual(await verifyAuditChain(database.db).then((report) => report.intact && report.events), 5);
        await writeEvents(database.db, 2);
        const report = await verifyAuditChain(database.db);
        assert.equal(report.intact && report.events, 7);
      } finally {
        await database.close();
      }
    });
  },
);

/**
 * On a PostgreSQL server (DATABASE_URL, a role that may create databases and roles, as CI's):
 * Harbour runs as a role that owns nothing and cannot switch the guard off or change an event.
 */
const serverUrl = process.env.DATABASE_URL;
describe('the runtime role on a PostgreSQL server', { skip: serverUrl ? false : 'needs DATABASE_URL' }, () => {
  const suffix = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const name = `harbour_audit_${suffix}`;
  const role = `harbour_app_${suffix}`;
  const password = crypto.randomBytes(12).toString('hex');
  let runtime: HarbourDatabase;
  let runtimeConnection: string;

  before(async () => {
    await onTestServer(`create database ${name}`);
    await onTestServer(`create role ${role} login password '${password}'`);
    const ownerUrl = new URL(serverUrl!);
    ownerUrl.pathname = `/${name}`;
    const runtimeUrl = new URL(ownerUrl);
    runtimeUrl.username = role;
    runtimeUrl.password = password;
    const config = configFromEnvironment({
      DATABASE_URL: runtimeUrl.toString(),
      DATABASE_MIGRATION_URL: ownerUrl.toString(),
    });
    runtimeConnection = runtimeUrl.toString();
    runtime = await openDatabase({ databaseUrl: config.databaseUrl });
    await migrateConfigured(config, runtime);
  });
  after(async () => {
    await runtime?.close();
    await onTestServer(`drop database if exists ${name} with (force)`);
    await onTestServer(`drop role if exists ${role}`);
  });

  test('Harbour writes and reads its tables and appends to the audit trail', async () => {
    await writeEvents(runtime.db, 2);
    await runtime.db.insertInto('teams').values({ name: 'Runtime team' }).execute();
    await runtime.db.updateTable('teams').set({ name: 'Runtime team renamed' }).execute();
    await runtime.db.deleteFrom('teams').where('name', '=', 'Runtime team renamed').execute();
    assert.equal((await verifyAuditChain(runtime.db)).intact, true);
  });

  test('it cannot switch the append-only trigger off, nor change or remove an event, nor move the head', async () => {
    await writeEvents(runtime.db, 1);
    await assert.rejects(
      sql`alter table audit_events disable trigger audit_events_no_update`.execute(runtime.db),
      /must be owner/,
    );
    await assert.rejects(sql`alter table audit_events disable trigger all`.execute(runtime.db), /must be owner/);
    await assert.rejects(sql`delete from audit_events`.execute(runtime.db), /permission denied/);
    await assert.rejects(sql`update audit_events set reason = 'x'`.execute(runtime.db), /permission denied/);
    await assert.rejects(sql`truncate audit_events`.execute(runtime.db), /permission denied/);
    await assert.rejects(sql`update audit_chain_head set last_seq = 0`.execute(runtime.db), /permission denied/);
    await assert.rejects(sql`drop table audit_events`.execute(runtime.db), /must be owner/);
    assert.equal((await verifyAuditChain(runtime.db)).intact, true);
  });

  test('it runs background jobs on pg-boss, whose schema the owner installed, with progress kept', async () => {
    defineJob('runtime-role-test', async (_db, progress) => {
      for (let done = 1; done <= 3; done++) await progress(done, 3);
    });
    const errors: Error[] = [];
    const queue = await pgBossJobQueue(runtime.db, runtimeConnection, (error) => errors.push(error));
    try {
      const id = await queue.enqueue('runtime-role-test', 'test');
      let job;
      // pg-boss polls every 2 s: a bounded wait for it to take the job and finish.
      for (let tries = 0; tries < 150; tries++) {
        job = await runtime.db.selectFrom('background_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        if (job.state === 'done' || job.state === 'failed') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(job?.state, 'done', job?.error ?? 'the job did not finish');
      assert.equal(job?.done, 3);
      assert.equal(job?.total, 3);
    } finally {
      await queue.stop();
    }
    assert.deepEqual(errors, []);
  });

  test('a job recorded but never sent to pg-boss runs when Harbour next starts, once however many processes start', async () => {
    let runs = 0;
    defineJob('runtime-role-test', () => {
      runs += 1;
      return Promise.resolve();
    });
    // As a save leaves it when pg-boss could not be reached after its commit.
    const { id } = await runtime.db
      .insertInto('background_jobs')
      .values({ kind: 'runtime-role-test', requested_by: 'test' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const errors: Error[] = [];
    const queues = [
      await pgBossJobQueue(runtime.db, runtimeConnection, (error) => errors.push(error)),
      await pgBossJobQueue(runtime.db, runtimeConnection, (error) => errors.push(error)),
    ];
    try {
      let job;
      for (let tries = 0; tries < 150; tries++) {
        job = await runtime.db.selectFrom('background_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        if (job.state === 'done' || job.state === 'failed') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(job?.state, 'done', job?.error ?? 'the job did not run');
      const sent = await sql<{
        count: number;
      }>`select count(*)::int as count from ${sql.table(`${jobQueueSchema}.job`)} where data->>'jobId' = ${String(id)}`.execute(
        runtime.db,
      );
      assert.equal(sent.rows[0]!.count, 1, 'sent by both processes, queued once');
    } finally {
      for (const queue of queues) await queue.stop();
    }
    assert.equal(runs, 1);
    assert.deepEqual(errors, []);
  });
});
