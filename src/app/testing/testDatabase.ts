import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase, type HarbourDatabase } from '../../platform/db/connection.ts';
import { migrateHarbour, migrationFolders } from '../modules.ts';
import { hashPassword } from '../../platform/access/passwords.ts';
import { roles, type Role } from '../../platform/access/roles.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cacheDir = path.join(projectRoot, '.test-data');

/** Every test database holds one user per role, signed in with this password. */
export const testPassword = 'correct-horse-battery';
export const testUsername = (role: Role) => `test-${role}`;
export const testTeamName = 'Test locality team';

async function prepare(database: HarbourDatabase): Promise<void> {
  await migrateHarbour(database.db);
  const team = await findOrCreateTeam(database.db, testTeamName);
  const passwordHash = await hashPassword(testPassword);
  await database.db
    .insertInto('users')
    .values(
      roles.map((role) => ({
        username: testUsername(role),
        display_name: `Test ${role}`,
        roles: [role],
        password_hash: passwordHash,
        // Another agency's practitioner, verified, is in no council team and their access ends.
        ...(role === 'partner'
          ? {
              team_id: null,
              organisation: 'Harbour Primary School',
              role_at_organisation: 'Designated safeguarding lead',
              verified_at: new Date('2026-01-05T09:00:00Z'),
              access_ends_on: '2099-12-31',
            }
          : { team_id: team.id }),
      })),
    )
    .execute();
}

/** The migrations' fingerprint: a template made before a migration changed is never reused. */
function schemaFingerprint(): string {
  const hash = crypto.createHash('sha256');
  for (const folder of migrationFolders) {
    for (const file of fs.readdirSync(folder).sort())
      hash.update(file).update(fs.readFileSync(path.join(folder, file)));
  }
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  // One user per role: a new role needs a new template.
  hash.update(roles.join());
  return hash.digest('hex').slice(0, 16);
}

/**
 * Migrating takes seconds on PGlite (initdb), so it is done once: the migrated data directory
 * is dumped to .test-data/ and every test loads a copy of it.
 */
async function embeddedTemplate(): Promise<Blob> {
  const file = path.join(cacheDir, `template-${schemaFingerprint()}.tar.gz`);
  if (!fs.existsSync(file)) {
    const database = await openDatabase({ inMemory: true });
    await prepare(database);
    const dump = await database.dump!();
    await database.close();
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
  }
  return new Blob([fs.readFileSync(file)]);
}

/** One statement on the PostgreSQL server of DATABASE_URL, as its user: making and dropping databases and roles. */
export async function onTestServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A database on the server of DATABASE_URL: the same address with another name. */
function onServer(name: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * On a server, migrating a database for each test takes seconds too: the first test process to
 * need it migrates a template database (under an advisory lock, so the suites running side by
 * side wait for one another rather than each making their own), and every test database is a
 * copy of it (CREATE DATABASE … TEMPLATE). Templates of older migrations are dropped.
 */
async function serverTemplate(): Promise<string> {
  const name = `harbour_template_${schemaFingerprint()}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('harbour test template'))`);
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) {
      // Made under another name and renamed when complete: a run stopped halfway leaves no template.
      const partial = `${name}_partial`;
      await client.query(`drop database if exists ${partial} with (force)`);
      await client.query(`create database ${partial}`);
      const database = await openDatabase({ databaseUrl: onServer(partial) });
      await prepare(database);
      await database.close();
      await client.query(`alter database ${partial} rename to ${name}`);
      const older = await client.query<{ datname: string }>(
        `select datname from pg_database where datname like 'harbour\\_template\\_%' and datname <> $1`,
        [name],
      );
      for (const { datname } of older.rows) await client.query(`drop database if exists ${datname} with (force)`);
    }
  } finally {
    await client.query(`select pg_advisory_unlock(hashtext('harbour test template'))`).catch(() => undefined);
    await client.end();
  }
  return name;
}

/**
 * The template, found once a process: the files sharing a process (tools/runTests.ts) would
 * otherwise each hash the migrations again and read the dump or take the server's lock again.
 */
let embeddedCopy: Promise<Blob> | undefined;
let serverCopy: Promise<string> | undefined;

/**
 * A fresh, migrated database for one test: a copy of the embedded template by default, or a copy
 * of the server template on the PostgreSQL server named by DATABASE_URL (the CI's second run).
 */
export async function testDatabase(): Promise<HarbourDatabase> {
  if (!process.env.DATABASE_URL)
    return openDatabase({ inMemory: true, loadDataDir: await (embeddedCopy ??= embeddedTemplate()) });

  const name = `harbour_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await onTestServer(`create database ${name} template ${await (serverCopy ??= serverTemplate())}`);
  const database = await openDatabase({ databaseUrl: onServer(name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await onTestServer(`drop database if exists ${name} with (force)`);
    },
  };
}
