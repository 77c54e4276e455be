import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { sql } from 'kysely';
import { DatabaseSessionStore } from '../platform/access/sessionStore.ts';
import { testActor } from './testing/actors.ts';
import { testPassword, testUsername } from './testing/testDatabase.ts';
import {
  csrfTokenFrom,
  dateFields,
  errorSummary,
  signedInAgent,
  submitForm,
  testHarbour,
  type TestHarbour,
} from './testing/testApp.ts';
import { createChild } from '../areas/people/index.ts';
import { grantAccess, mayOpenChild } from '../platform/access/recordScope.ts';
import { findUserById } from '../platform/access/users.ts';
import { withIntegrity } from '../platform/records/integrity.ts';

// Who may open a restricted record, and the accounts of the people who decide it.
describe('grants, break-glass and administrators’ own accounts', () => {
  let harbour: TestHarbour;
  let childId: number;
  const userId = async (role: Parameters<typeof testUsername>[0]) =>
    (
      await harbour.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', testUsername(role))
        .executeTakeFirstOrThrow()
    ).id;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    const actor = await testActor(db, 'service-manager');
    childId = (
      await createChild(db, actor, { forename: 'Imogen', surname: 'Sealed', dateOfBirth: '2019-02-02', sex: 'F' })
    ).id;
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', childId).execute();
  });
  after(() => harbour.close());

  test('nobody gives themselves access: the page, the store and the database each refuse it', async () => {
    const manager = await signedInAgent(harbour, 'service-manager');
    const page = `/children/${childId}/access`;
    const refused = await submitForm(manager, page, `${page}/grants`, {
      username: testUsername('service-manager'),
      reason: 'I want to read it',
      ...dateFields('endsOn', '2027-01-31'),
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), ['You cannot give yourself access: ask another service manager']);
    const db = harbour.database.db;
    const self = await userId('service-manager');
    await assert.rejects(
      grantAccess(db, { userId: self, username: 'x' }, { childId, userId: self, reason: 'Mine', endsOn: '2027-01-31' }),
      /You cannot give yourself access/,
    );
    await assert.rejects(
      withIntegrity(
        db
          .insertInto('child_access_grants')
          .values({ child_id: childId, user_id: self, granted_by: self, reason: 'Behind the page' })
          .execute(),
      ),
    );
  });

  test('a team manager may not grant access; a service manager grants a named person until a date, listed for review', async () => {
    const teamManager = await signedInAgent(harbour, 'team-manager');
    const token = await csrfTokenFrom(teamManager, '/sign-out');
    const forbidden = await teamManager
      .post(`/children/${childId}/access/grants`)
      .type('form')
      .send({
        _csrf: token,
        username: testUsername('team-manager'),
        reason: 'Self-service',
        ...dateFields('endsOn', '2027-01-31'),
      });
    assert.equal(forbidden.status, 403);
    assert.equal(
      await mayOpenChild(
        harbour.database.db,
        (await findUserById(harbour.database.db, await userId('team-manager')))!,
        { id: childId, access_restriction: 'adoption' },
      ),
      false,
    );

    const serviceManager = await signedInAgent(harbour, 'service-manager');
    const page = `/children/${childId}/access`;
    const noDate = await submitForm(serviceManager, page, `${page}/grants`, {
      username: testUsername('practitioner'),
      reason: 'Allocated worker for the adoption support plan',
    });
    assert.deepEqual(errorSummary(noDate.text), ['Enter the date access ends']);
    const granted = await submitForm(serviceManager, page, `${page}/grants`, {
      username: testUsername('practitioner'),
      reason: 'Allocated worker for the adoption support plan',
      ...dateFields('endsOn', '2027-01-31'),
    });
    assert.equal(granted.status, 302);
    const review = await serviceManager.get('/oversight/break-glass');
    assert.match(review.text, /Access given to restricted records/);
    assert.match(review.text, /Allocated worker for the adoption support plan/);
    assert.match(review.text, /31 January 2027/);

    const practitioner = (await findUserById(harbour.database.db, await userId('practitioner')))!;
    const child = { id: childId, access_restriction: 'adoption' };
    assert.equal(await mayOpenChild(harbour.database.db, practitioner, child, new Date('2027-01-31T23:00:00Z')), true);
    assert.equal(
      await mayOpenChild(harbour.database.db, practitioner, child, new Date('2027-02-01T00:30:00Z')),
      false,
      'the grant has ended after its last day in England',
    );
  });

  test('the read-only inspector cannot break glass into a restricted record', async () => {
    const inspector = await signedInAgent(harbour, 'inspector');
    const page = await inspector.get(`/children/${childId}/restricted`);
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /Open the record/);
    assert.match(page.text, /Ask the council's service manager/);
    const token = await csrfTokenFrom(inspector, '/sign-out');
    const opened = await inspector
      .post(`/children/${childId}/restricted`)
      .type('form')
      .send({ _csrf: token, reason: 'Inspection sample of adoption records' });
    assert.equal(opened.status, 403);
    assert.equal((await inspector.get(`/children/${childId}`)).headers.location, `/children/${childId}/restricted`);
  });

  test('an administrator cannot change their own roles or enable their own account', async () => {
    const admin = await signedInAgent(harbour, 'administrator');
    const self = (await findUserById(harbour.database.db, await userId('administrator')))!;
    const page = `/admin/users/${self.id}`;
    const roles = await submitForm(admin, page, page, {
      displayName: self.display_name,
      roles: ['administrator', 'service-manager'],
      version: String(self.version),
    });
    assert.equal(roles.status, 400);
    assert.deepEqual(errorSummary(roles.text), ['You cannot change your own roles: ask another administrator']);
    assert.deepEqual((await findUserById(harbour.database.db, self.id))!.roles, ['administrator']);
    for (const action of ['disable', 'enable']) {
      const status = await submitForm(admin, page, `${page}/status`, { action, version: String(self.version) });
      assert.equal(status.status, 400, action);
    }
  });

  test('a password reset, a change of roles or a disabled account ends the person’s other sessions', async () => {
    const admin = await signedInAgent(harbour, 'administrator');
    for (const change of ['reset', 'roles', 'disable'] as const) {
      const person = await signedInAgent(harbour, 'lado');
      assert.equal((await person.get('/')).status, 200);
      const user = (await findUserById(harbour.database.db, await userId('lado')))!;
      const page = `/admin/users/${user.id}`;
      const response =
        change === 'reset'
          ? await submitForm(admin, `${page}/reset-password`, `${page}/reset-password`, {
              password: `${testPassword}-new`,
              confirmPassword: `${testPassword}-new`,
              version: String(user.version),
            })
          : change === 'roles'
            ? await submitForm(admin, page, page, {
                displayName: user.display_name,
                roles: ['lado', 'practitioner'],
                version: String(user.version),
              })
            : await submitForm(admin, page, `${page}/status`, { action: 'disable', version: String(user.version) });
      assert.equal(response.status, 302, change);
      const after = await person.get('/');
      assert.equal(after.status, 302, `${change}: the old session is signed out`);
      assert.match(after.headers.location ?? '', /sign-in/);
      // Put the account back as it was for the next change.
      const now = (await findUserById(harbour.database.db, user.id))!;
      await harbour.database.db
        .updateTable('users')
        .set({ roles: ['lado'], disabled_at: null, password_hash: user.password_hash, version: now.version + 1 })
        .where('id', '=', user.id)
        .execute();
    }
    assert.equal((await admin.get('/')).status, 200, 'the administrator making the changes stays signed in');
  });

  test('a request without a cookie stores no session', async () => {
    const count = async () =>
      Number(
        (
          await harbour.database.db
            .selectFrom('sessions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    for (const path of ['/health', '/health', '/assets/harbour.css']) await request(harbour.app).get(path);
    assert.equal(await count(), before);
  });

  test('a signed-in session that times out is audited as expired for its person', async () => {
    const agent = await signedInAgent(harbour, 'iro');
    assert.equal((await agent.get('/')).status, 200);
    const iro = await userId('iro');
    const db = harbour.database.db;
    await db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where(sql<number>`(data->>'userId')::int`, '=', iro)
      .execute();
    await new DatabaseSessionStore(db, 30).pruneExpired();
    const expired = await db
      .selectFrom('audit_events')
      .select('user_id')
      .where('event', '=', 'session-expired')
      .execute();
    assert.ok(expired.some((event) => Number(event.user_id) === iro));
    assert.equal((await agent.get('/')).status, 302, 'and the person is asked to sign in again');
  });
});
