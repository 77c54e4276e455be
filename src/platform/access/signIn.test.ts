import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { attemptSignIn, waitAfterFailures } from './signIn.ts';
import { testPassword, testUsername } from '../../app/testing/testDatabase.ts';
import {
  csrfTokenFrom,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  timedOutAgent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';

/** The session cookie lapses after the idle timeout (renewed on every request). */
function assertExpiresInMinutes(cookie: string, minutes: number) {
  const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)?.[1] ?? '');
  const inMinutes = (expires - Date.now()) / 60_000;
  assert.ok(
    inMinutes > minutes - 1 && inMinutes <= minutes,
    `cookie expires in ${inMinutes.toFixed(1)} minutes, expected ${minutes}`,
  );
}

describe('signing in and out', () => {
  let harbour: TestHarbour;
  before(async () => {
    harbour = await testHarbour({ lockout: { maxFailures: 3, lockMinutes: 15 } });
  });
  after(() => harbour.close());

  const events = (event: string, username: string) =>
    harbour.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', event)
      .where('username', '=', username)
      .execute();

  test('the right details sign you in with a new session id, stored in the database', async () => {
    const agent = request.agent(harbour.app);
    const page = await agent.get('/sign-in');
    const before = page.headers['set-cookie']?.[0]?.split(';')[0];
    const token = pageOf(page.text)('input[name="_csrf"]').val() as string;
    const response = await agent
      .post('/sign-in')
      .type('form')
      .send({ username: testUsername('practitioner'), password: testPassword, _csrf: token });
    assert.equal(response.status, 302);
    assert.equal(response.headers.location, '/');
    const cookie = [response.headers['set-cookie'] ?? []].flat().find((set) => set.startsWith('harbour.sid=')) ?? '';
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assertExpiresInMinutes(cookie, 30);
    assert.notEqual(cookie.split(';')[0], before, 'session id regenerated at sign-in');
    const sid = decodeURIComponent(cookie.split(';')[0]!.split('=')[1]!).slice(2).split('.')[0]!;
    const stored = await harbour.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('sid', '=', sid)
      .executeTakeFirst();
    assert.ok(stored, 'session kept in the sessions table');
    const home = await agent.get('/');
    assert.equal(home.status, 200);
    assert.match(home.text, /Welcome, Test practitioner/);
    assert.ok((await events('sign-in', testUsername('practitioner'))).length >= 1);
  });

  test('a wrong password and an unknown user get the same message, and both are audited', async () => {
    for (const username of [testUsername('analyst'), 'nobody-here']) {
      const response = await submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', {
        username,
        password: 'wrong-password-1',
      });
      assert.equal(response.status, 401);
      assert.deepEqual(errorSummary(response.text), ['The username or password is not right']);
      assert.equal(pageOf(response.text)('#username').val(), username, 'the username typed is kept');
      assert.equal((await events('sign-in-failed', username)).length, 1);
    }
  });

  test('missing fields show GOV.UK errors linked to the fields', async () => {
    const response = await submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', {
      username: '',
      password: '',
    });
    assert.equal(response.status, 400);
    assert.deepEqual(errorSummary(response.text), ['Enter your username', 'Enter your password']);
    const $ = pageOf(response.text);
    assert.equal($('.govuk-error-summary__list a').first().attr('href'), '#username');
    assert.match($('#username-error').text(), /Enter your username/);
    assert.match($('title').text(), /^Error: /);
  });

  test('repeated failures lock the account, even against the right password, until an administrator resets it', async () => {
    const username = testUsername('lado');
    for (let attempt = 0; attempt < 3; attempt++) {
      await submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', { username, password: 'not-the-password' });
    }
    const locked = await submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', {
      username,
      password: testPassword,
    });
    assert.equal(locked.status, 401);
    assert.deepEqual(errorSummary(locked.text), ['The username or password is not right']);
    const failures = await events('sign-in-failed', username);
    assert.equal(failures.at(-1)?.detail.reason, 'locked');

    const admin = await signedInAgent(harbour, 'administrator');
    const user = await harbour.database.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    const reset = await submitForm(
      admin,
      `/admin/users/${user.id}/reset-password`,
      `/admin/users/${user.id}/reset-password`,
      {
        password: 'a-brand-new-password',
        version: String(user.version),
      },
    );
    assert.equal(reset.status, 302);
    const after = await submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', {
      username,
      password: 'a-brand-new-password',
    });
    assert.equal(after.status, 302);
  });

  test('signing out ends the session', async () => {
    const agent = await signedInAgent(harbour, 'iro');
    const response = await submitForm(agent, '/sign-out', '/sign-out', {});
    assert.equal(response.headers.location, '/signed-out');
    assert.equal((await agent.get('/')).headers.location, '/sign-in');
    assert.equal((await events('sign-out', testUsername('iro'))).length, 1);
  });

  test('after signing in you return to the page you asked for, but never to another site', async () => {
    const agent = request.agent(harbour.app);
    assert.equal((await agent.get('/admin/audit?event=sign-in')).headers.location, '/sign-in');
    const response = await submitForm(agent, '/sign-in', '/sign-in', {
      username: testUsername('administrator'),
      password: testPassword,
    });
    assert.equal(response.headers.location, '/admin/audit?event=sign-in');

    const other = request.agent(harbour.app);
    await other.get('//evil.example/');
    const next = await submitForm(other, '/sign-in', '/sign-in', {
      username: testUsername('administrator'),
      password: testPassword,
    });
    assert.equal(next.headers.location, '/');
  });

  test('a first-time visitor is greeted plainly, not told they were signed out', async () => {
    const visitor = request.agent(harbour.app);
    assert.equal((await visitor.get('/')).headers.location, '/sign-in');
    const page = pageOf((await visitor.get('/sign-in')).text);
    assert.equal(page('h1').text().trim(), 'Sign in to Harbour');
    assert.doesNotMatch(page('main').text(), /signed out|carry on where you were|page you asked for/);

    // Sent to sign in from a page they asked for, they are told plainly why, not that they were signed out.
    const sent = request.agent(harbour.app);
    assert.equal((await sent.get('/children')).headers.location, '/sign-in');
    const sentPage = pageOf((await sent.get('/sign-in')).text)('main').text();
    assert.match(sentPage, /Sign in to see the page you asked for/);
    assert.doesNotMatch(sentPage, /signed out/);
  });

  test('someone whose session timed out is told why they must sign in again, and returns where they were', async () => {
    const { agent } = await timedOutAgent(harbour, 'practitioner', '/sign-out');
    assert.equal((await agent.get('/children')).headers.location, '/sign-in');
    const page = pageOf((await agent.get('/sign-in')).text);
    assert.match(
      page('main').text(),
      /Sign in to carry on where you were\. If you were away for more than \d+ minutes you were signed out/,
    );
    const back = await submitForm(agent, '/sign-in', '/sign-in', {
      username: testUsername('practitioner'),
      password: testPassword,
    });
    assert.equal(back.headers.location, '/children');
  });

  test('someone who signed out is told so, and the sign-in page after it is plain', async () => {
    const agent = await signedInAgent(harbour, 'team-manager');
    const out = await submitForm(agent, '/sign-out', '/sign-out', {});
    assert.match((await agent.get(out.headers.location!)).text, /You have signed out/);
    assert.equal((await agent.get('/')).headers.location, '/sign-in');
    assert.doesNotMatch(pageOf((await agent.get('/sign-in')).text)('main').text(), /carry on where you were/);
  });

  test('a disabled account loses access at once, even mid-session', async () => {
    const agent = await signedInAgent(harbour, 'leader');
    assert.equal((await agent.get('/')).status, 200);
    await harbour.database.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('username', '=', testUsername('leader'))
      .execute();
    assert.equal((await agent.get('/')).headers.location, '/sign-in');
    const again = await submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', {
      username: testUsername('leader'),
      password: testPassword,
    });
    assert.equal(again.status, 401);
  });

  test('the idle timeout is configurable', async () => {
    const short = await testHarbour({ idleMinutes: 5 });
    try {
      const agent = request.agent(short.app);
      const token = await csrfTokenFrom(agent, '/sign-in');
      const response = await agent
        .post('/sign-in')
        .type('form')
        .send({ username: testUsername('analyst'), password: testPassword, _csrf: token });
      const cookies = [response.headers['set-cookie'] ?? []].flat();
      assertExpiresInMinutes(cookies.find((cookie) => cookie.startsWith('harbour.sid=')) ?? '', 5);
    } finally {
      await short.close();
    }
  });
});

describe('sign-in rate limit', () => {
  test('too many attempts from one address are refused with a 429 page', async () => {
    const harbour = await testHarbour({ signInRateLimit: 3 });
    try {
      const agent = request.agent(harbour.app);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        statuses.push(
          (await submitForm(agent, '/sign-in', '/sign-in', { username: 'someone', password: 'guess-number-one' }))
            .status,
        );
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
    } finally {
      await harbour.close();
    }
  });
});

describe('sign-in limits that a stranger cannot turn into a lock-out', () => {
  test('the wait after failures grows from one minute to the longest and no further', () => {
    const policy = { maxFailures: 5, lockMinutes: 15 };
    assert.deepEqual(
      [4, 5, 6, 7, 8, 9, 50].map((failures) => waitAfterFailures(failures, policy)),
      [0, 1, 2, 4, 8, 15, 15],
    );
  });

  test('attempts during a wait do not stretch it: the person signs in once it has passed', async () => {
    const harbour = await testHarbour({ lockout: { maxFailures: 2, lockMinutes: 15 } });
    try {
      const username = testUsername('analyst');
      const policy = { maxFailures: 2, lockMinutes: 15 };
      const start = new Date('2026-12-03T09:00:00Z');
      const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
      const db = harbour.database.db;
      const attempt = (password: string, minutes: number) =>
        attemptSignIn(db, { username, password, ip: null }, policy, '2026-12-03', at(minutes));
      await attempt('wrong', 0);
      assert.deepEqual(await attempt('wrong', 0), { ok: false, reason: 'locked' });
      // A stranger keeps trying during the one-minute wait: refused, and the wait is not extended.
      for (let i = 0; i < 10; i++) assert.deepEqual(await attempt('wrong', 0.5), { ok: false, reason: 'locked' });
      const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
      assert.equal(user.locked_until?.getTime(), at(1).getTime());
      assert.equal((await attempt(testPassword, 1.5)).ok, true);
    } finally {
      await harbour.close();
    }
  });

  test('successful sign-ins from one address do not count towards its limit; failures do', async () => {
    const harbour = await testHarbour({ signInRateLimit: 3 });
    try {
      for (let i = 0; i < 6; i++) {
        const signedIn = await submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', {
          username: testUsername('practitioner'),
          password: testPassword,
        });
        assert.equal(signedIn.status, 302, `colleague ${i + 1} signs in`);
      }
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const failed = await submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', {
          username: testUsername('iro'),
          password: 'not-the-password',
        });
        statuses.push(failed.status);
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
    } finally {
      await harbour.close();
    }
  });
});
