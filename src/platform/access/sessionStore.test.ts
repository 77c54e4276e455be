import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type session from 'express-session';
import { DatabaseSessionStore } from './sessionStore.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import type { HarbourDatabase } from '../db/connection.ts';

let database: HarbourDatabase;
before(async () => {
  database = await testDatabase();
});
after(() => database.close());

const withExpiry = (at: Date) =>
  ({ cookie: { expires: at, originalMaxAge: 1_800_000 } }) as unknown as session.SessionData;
const call = (work: (done: (error?: unknown) => void) => void) =>
  new Promise<void>((resolve, reject) =>
    work((error) =>
      error ? reject(error instanceof Error ? error : new Error('the session store failed')) : resolve(),
    ),
  );

test("a session's expiry moves on at most once a minute, so a page does not write a session row each time", async () => {
  const store = new DatabaseSessionStore(database.db, 30);
  const stored = async () =>
    (await database.db.selectFrom('sessions').select('expires_at').where('sid', '=', 'sid-1').executeTakeFirstOrThrow())
      .expires_at;
  const start = new Date('2030-01-01T09:00:00Z');
  await call((done) => store.set('sid-1', withExpiry(start), done));
  await call((done) => store.touch('sid-1', withExpiry(new Date(start.getTime() + 59_000)), done));
  assert.equal(new Date(await stored()).getTime(), start.getTime(), 'a touch within the minute writes nothing');
  const later = new Date(start.getTime() + 61_000);
  await call((done) => store.touch('sid-1', withExpiry(later), done));
  assert.equal(new Date(await stored()).getTime(), later.getTime(), 'a touch past the minute moves the expiry');

  // Another process (or a restart) learns the stored expiry from reading the session.
  const restarted = new DatabaseSessionStore(database.db, 30);
  await call((done) => restarted.get('sid-1', (error) => done(error)));
  await call((done) => restarted.touch('sid-1', withExpiry(new Date(later.getTime() + 30_000)), done));
  assert.equal(new Date(await stored()).getTime(), later.getTime());
  await call((done) => restarted.touch('sid-1', withExpiry(new Date(later.getTime() + 120_000)), done));
  assert.equal(new Date(await stored()).getTime(), later.getTime() + 120_000);
});
