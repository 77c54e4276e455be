import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { sql } from 'kysely';
import { testTeamName } from '../../app/testing/testDatabase.ts';
import {
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';

describe('administering users', () => {
  let harbour: TestHarbour;
  let admin: Agent;
  before(async () => {
    harbour = await testHarbour();
    admin = await signedInAgent(harbour, 'administrator');
  });
  after(() => harbour.close());

  const userNamed = (username: string) =>
    harbour.database.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
  const teamId = async () =>
    String(
      (
        await harbour.database.db
          .selectFrom('teams')
          .select('id')
          .where('name', '=', testTeamName)
          .executeTakeFirstOrThrow()
      ).id,
    );

  test('an administrator adds a user who can then sign in with the roles given', async () => {
    const response = await submitForm(admin, '/admin/users/new', '/admin/users/new', {
      username: 'A.Worker',
      displayName: 'Alex Worker',
      email: 'alex.worker@example.gov.uk',
      roles: ['practitioner', 'iro'],
      teamId: await teamId(),
      password: 'temporary-password-1',
    });
    assert.equal(response.status, 302);
    const list = await admin.get('/admin/users');
    assert.match(list.text, /Alex Worker can now sign in as a.worker/);
    const user = await userNamed('a.worker');
    assert.deepEqual(user.roles, ['practitioner', 'iro']);
    assert.match(user.password_hash, /^\$argon2id\$/);

    const worker = request.agent(harbour.app);
    assert.equal(
      (await submitForm(worker, '/sign-in', '/sign-in', { username: 'a.worker', password: 'temporary-password-1' }))
        .status,
      302,
    );
    assert.equal((await worker.get('/admin/users')).status, 403);

    const added = await harbour.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'user-added')
      .where('record_id', '=', String(user.id))
      .execute();
    assert.equal(added.length, 1);
  });

  test('bad input is refused with every problem listed, and what was typed is kept', async () => {
    const response = await submitForm(admin, '/admin/users/new', '/admin/users/new', {
      username: 'Bad Name!',
      displayName: '',
      email: 'not-an-email',
      password: 'short',
    });
    assert.equal(response.status, 400);
    assert.deepEqual(errorSummary(response.text), [
      'Username must be 2 to 63 lower-case letters, numbers, dots, hyphens or underscores',
      'Enter the full name',
      'Enter an email address in the correct format, like name@example.gov.uk',
      'Select at least one role',
      'Enter a password of at least 12 characters',
    ]);
    const $ = pageOf(response.text);
    assert.equal($('#username').val(), 'Bad Name!');
    assert.equal($('#email').val(), 'not-an-email');
    assert.equal($('#password').val(), undefined, 'a password is never echoed back');
  });

  test('unknown roles and teams are refused', async () => {
    const response = await submitForm(admin, '/admin/users/new', '/admin/users/new', {
      username: 'c.worker',
      displayName: 'C Worker',
      roles: ['superuser'],
      teamId: 'abc',
      password: 'temporary-password-1',
    });
    assert.equal(response.status, 400);
    assert.deepEqual(errorSummary(response.text), ['Select roles from the list', 'Select a team from the list']);
  });

  test('a username already taken is refused as a form error, not a 500', async () => {
    const response = await submitForm(admin, '/admin/users/new', '/admin/users/new', {
      username: 'test-analyst',
      displayName: 'Another Analyst',
      roles: 'analyst',
      password: 'temporary-password-1',
    });
    assert.equal(response.status, 400);
    assert.deepEqual(errorSummary(response.text), ['That username is already taken']);
  });

  test('changing roles and team works, and a stale edit is refused rather than overwriting', async () => {
    const user = await userNamed('test-analyst');
    const form = `/admin/users/${user.id}`;
    const first = await submitForm(admin, form, form, {
      displayName: 'Analyst Renamed',
      roles: ['analyst', 'leader'],
      teamId: '',
      version: String(user.version),
    });
    assert.equal(first.status, 302);
    const changed = await userNamed('test-analyst');
    assert.deepEqual(changed.roles, ['analyst', 'leader']);
    assert.equal(changed.team_id, null);

    const stale = await submitForm(admin, form, form, {
      displayName: 'Someone Else',
      roles: 'analyst',
      teamId: '',
      version: String(user.version),
    });
    assert.equal(stale.status, 409);
    assert.match(errorSummary(stale.text)[0] ?? '', /Someone else changed this user/);
    assert.equal(pageOf(stale.text)('#displayName').val(), 'Analyst Renamed', 'the other change is shown');
    assert.equal((await userNamed('test-analyst')).display_name, 'Analyst Renamed');
  });

  test('disabling and enabling an account, but never your own', async () => {
    const user = await userNamed('test-inspector');
    const disabled = await submitForm(admin, `/admin/users/${user.id}`, `/admin/users/${user.id}/status`, {
      action: 'disable',
      version: String(user.version),
    });
    assert.equal(disabled.status, 302);
    assert.ok((await userNamed('test-inspector')).disabled_at);
    const again = await userNamed('test-inspector');
    await submitForm(admin, `/admin/users/${user.id}`, `/admin/users/${user.id}/status`, {
      action: 'enable',
      version: String(again.version),
    });
    assert.equal((await userNamed('test-inspector')).disabled_at, null);

    const self = await userNamed('test-administrator');
    const refused = await submitForm(admin, `/admin/users/${self.id}`, `/admin/users/${self.id}/status`, {
      action: 'disable',
      version: String(self.version),
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), ['You cannot disable your own account']);
  });
});

describe('the audit trail', () => {
  let harbour: TestHarbour;
  before(async () => {
    harbour = await testHarbour();
  });
  after(() => harbour.close());

  test('the database refuses to change or remove audit events', async () => {
    const db = harbour.database.db;
    await db
      .insertInto('audit_events')
      .values({
        event: 'sign-in',
        user_id: null,
        username: 'someone',
        child_id: null,
        record_type: null,
        record_id: null,
        reason: null,
        ip: null,
      })
      .execute();
    await assert.rejects(sql`update audit_events set username = 'someone-else'`.execute(db), /append-only/);
    await assert.rejects(sql`delete from audit_events`.execute(db), /append-only/);
    await assert.rejects(sql`truncate audit_events`.execute(db), /append-only/);
    const rows = await db.selectFrom('audit_events').select('username').execute();
    assert.deepEqual(
      rows.map((row) => row.username),
      ['someone'],
    );
  });

  test('an audit event is written in the same transaction as its change: both or neither', async () => {
    const db = harbour.database.db;
    const before = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const { addUser } = await import('../access/users.ts');
    await assert.rejects(
      addUser(
        db,
        { userId: null, username: 'tester' },
        {
          username: 'test-practitioner',
          displayName: 'Dup',
          roles: ['practitioner'],
          password: 'temporary-password-1',
        },
      ),
    );
    const after = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(after.n, before.n);
  });

  test('administrators filter the audit trail by user, event and date', async () => {
    const admin = await signedInAgent(harbour, 'administrator');
    await signedInAgent(harbour, 'practitioner');
    await request.agent(harbour.app).get('/sign-in');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

    const byUser = pageOf((await admin.get('/admin/audit?username=TEST-PRACTITIONER')).text);
    const users = byUser('tbody tr td:nth-child(2)')
      .map((_i, el) => byUser(el).text())
      .get();
    assert.ok(users.length > 0 && users.every((u) => u === 'test-practitioner'));

    const byEvent = pageOf((await admin.get('/admin/audit?event=sign-in')).text);
    const eventNames = byEvent('tbody tr td:nth-child(3)')
      .map((_i, el) => byEvent(el).text())
      .get();
    assert.ok(eventNames.length >= 2 && eventNames.every((e) => e === 'sign-in'));

    const todayRows = pageOf((await admin.get(`/admin/audit?from=${today}&to=${today}`)).text)('tbody tr').length;
    assert.ok(todayRows >= 2);
    assert.equal(pageOf((await admin.get('/admin/audit?from=2020-01-01&to=2020-01-02')).text)('tbody tr').length, 0);

    const bad = await admin.get('/admin/audit?from=yesterday');
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), ['Enter the from date as YYYY-MM-DD']);
  });
});

describe('a team that no longer exists', () => {
  test('is refused as a form error', async () => {
    const harbour = await testHarbour();
    try {
      const admin = await signedInAgent(harbour, 'administrator');
      const response = await submitForm(admin, '/admin/users/new', '/admin/users/new', {
        username: 'd.worker',
        displayName: 'D Worker',
        roles: 'practitioner',
        teamId: '4242',
        password: 'temporary-password-1',
      });
      assert.equal(response.status, 400);
      assert.deepEqual(errorSummary(response.text), ['Select a team from the list']);
    } finally {
      await harbour.close();
    }
  });
});

describe("an inspector's time-boxed access", () => {
  test('ends after the last day set by the administrator, even mid-session', async () => {
    const harbour = await testHarbour();
    try {
      const admin = await signedInAgent(harbour, 'administrator');
      const user = await harbour.database.db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', 'test-inspector')
        .executeTakeFirstOrThrow();
      const form = `/admin/users/${user.id}`;
      const past = await submitForm(admin, form, form, {
        displayName: 'Test inspector',
        roles: 'inspector',
        teamId: '',
        version: String(user.version),
        'accessEndsOn-day': '1',
        'accessEndsOn-month': '1',
        'accessEndsOn-year': '2020',
      });
      assert.deepEqual(errorSummary(past.text), ['Last day of access must be today or in the future']);
      const set = await submitForm(admin, form, form, {
        displayName: 'Test inspector',
        roles: 'inspector',
        teamId: '',
        version: String(user.version),
        'accessEndsOn-day': '27',
        'accessEndsOn-month': '11',
        'accessEndsOn-year': '2026',
      });
      assert.equal(set.status, 302);
      const inspector = await signedInAgent(harbour, 'inspector');
      assert.equal((await inspector.get('/')).status, 200);
      harbour.clock.setToday('2026-11-28');
      assert.equal((await inspector.get('/')).headers.location, '/sign-in');
      const again = await submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', {
        username: 'test-inspector',
        password: 'correct-horse-battery',
      });
      assert.equal(again.status, 401);
    } finally {
      await harbour.close();
    }
  });
});
