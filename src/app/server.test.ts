import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { configFromEnvironment } from '../platform/settings/config.ts';
import { serve } from './server.ts';
import { DataDirectoryLockedError, openDatabase } from '../platform/db/connection.ts';
import { roles } from '../platform/access/roles.ts';

const run = promisify(execFile);
const temporaryDirectories: string[] = [];
const temporaryDirectory = (prefix: string) => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporaryDirectories.push(directory);
  return directory;
};
after(() => temporaryDirectories.forEach((directory) => fs.rmSync(directory, { recursive: true, force: true })));

const embeddedOnly = { skip: process.env.DATABASE_URL ? 'embedded database only' : false };

test(
  'first start migrates, creates demo accounts, serves and closes cleanly; a second process is locked out, a stale lock is not',
  embeddedOnly,
  async () => {
    const dataDir = temporaryDirectory('harbour-start-');
    const output: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk: string) => Boolean(output.push(String(chunk)));
    let started;
    try {
      started = await serve({ ...configFromEnvironment({ HARBOUR_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), port: 0 });
    } finally {
      process.stdout.write = write;
    }
    try {
      const printed = output.join('');
      assert.match(printed, /Harbour is running at http:\/\/localhost:/);
      assert.match(printed, /demo-administrator/);
      assert.match(printed, /password for all: /);
      const address = started.server.address();
      assert.ok(address && typeof address === 'object');
      const health = await fetch(`http://127.0.0.1:${address.port}/health`);
      assert.equal(health.status, 200);
      assert.ok(fs.existsSync(path.join(dataDir, 'harbour.lock')));
      await assert.rejects(openDatabase({ dataDir }), DataDirectoryLockedError);
    } finally {
      await started.stop();
    }
    assert.equal(fs.existsSync(path.join(dataDir, 'harbour.lock')), false, 'lock released on close');

    // A lock left by a process that died (kill -9) does not stop the next start.
    fs.writeFileSync(path.join(dataDir, 'harbour.lock'), '999999');
    // Kept across restarts: the accounts are still there.
    const database = await openDatabase({ dataDir });
    try {
      const demo = await database.db.selectFrom('users').select('username').where('is_demo', '=', true).execute();
      // One demo account per role.
      assert.equal(demo.length, roles.length);
    } finally {
      await database.close();
    }
  },
);

test('the harbour CLI adds, disables and resets users, and explains itself', embeddedOnly, async () => {
  const dataDir = temporaryDirectory('harbour-cli-');
  const env = { ...process.env, HARBOUR_DATA_DIR: dataDir };
  const harbour = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/app/cli.ts', ...args], { env });

  const help = await harbour('--help');
  for (const command of ['serve', 'migrate', 'user']) assert.match(help.stdout, new RegExp(`\\b${command}\\b`));
  assert.match((await harbour('user', 'add', '--help')).stdout, /--role <roles>/);

  assert.match((await harbour('migrate')).stdout, /Applied: 0001_access|up to date/);
  const added = await harbour(
    'user',
    'add',
    '--username',
    'j.smith',
    '--name',
    'Jo Smith',
    '--role',
    'team-manager,iro',
    '--team',
    'South locality team',
  );
  assert.match(added.stdout, /Added Jo Smith \(j\.smith\) as team-manager, iro/);
  assert.match(added.stdout, /Temporary password: \S{12,}/);
  await assert.rejects(
    harbour('user', 'add', '--username', 'x', '--name', 'X', '--role', 'wizard'),
    /unknown role wizard/,
  );
  assert.match(
    (await harbour('user', 'reset-password', 'j.smith', '--password', 'another-long-password')).stdout,
    /password is reset/,
  );
  assert.match((await harbour('user', 'disable', 'j.smith')).stdout, /can no longer sign in/);
  await assert.rejects(harbour('user', 'disable', 'nobody'), /No user is called nobody/);

  const database = await openDatabase({ dataDir });
  try {
    const user = await database.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'j.smith')
      .executeTakeFirstOrThrow();
    assert.ok(user.disabled_at);
    const events = await database.db
      .selectFrom('audit_events')
      .select('event')
      .where('record_id', '=', String(user.id))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      events.map((e) => e.event),
      ['user-added', 'password-reset', 'user-disabled'],
    );
  } finally {
    await database.close();
  }
});
