import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { roles, rolesReach } from '../platform/access/roles.ts';
import { testUsername } from './testing/testDatabase.ts';
import { csrfTokenFrom, signedInAgent, testHarbour, type TestHarbour } from './testing/testApp.ts';
import { routeTables } from './modules.ts';
import type { RouteSpec } from '../platform/web/routeSpec.ts';

// Walks every registered route as every role and as nobody, and checks the answer matches the
// permission the route declares: allowed roles get the page (or a form error), others a 403. A
// partner practitioner reaches only their own pages and those about one child (rolesReach).
describe('every route, every role', () => {
  let harbour: TestHarbour;
  let someUserId: number;
  before(async () => {
    harbour = await testHarbour();
    const user = await harbour.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', testUsername('inspector'))
      .executeTakeFirstOrThrow();
    someUserId = user.id;
  });
  after(() => harbour.close());

  // Signing out ends the session, so it is walked last.
  const specs = routeTables
    .flatMap((table) => table.specs)
    .sort(
      (a, b) =>
        Number(a.path === '/sign-out' && a.method === 'post') - Number(b.path === '/sign-out' && b.method === 'post'),
    );
  const concretePath = (spec: RouteSpec) => spec.path.replace(':id', String(someUserId));

  test('the route table is not empty and every route declares its access', () => {
    assert.ok(specs.length >= 10);
    for (const spec of specs) assert.ok(spec.access, `${spec.method} ${spec.path}`);
  });

  for (const role of roles) {
    test(`as ${role}`, async () => {
      const agent = await signedInAgent(harbour, role);
      for (const spec of specs) {
        const path = concretePath(spec);
        const response =
          spec.method === 'get'
            ? await agent.get(path)
            : await agent
                .post(path)
                .type('form')
                .send({ _csrf: await csrfTokenFrom(agent, '/sign-out') });
        const label = `${role} ${spec.method.toUpperCase()} ${path} → ${response.status}`;
        assert.notEqual(response.status, 500, label);
        if (spec.access === 'public') {
          assert.notEqual(response.status, 403, label);
        } else if (rolesReach([role], spec.access, spec.child)) {
          assert.ok(
            response.status < 500 && response.status !== 403 && response.headers.location !== '/sign-in',
            label,
          );
        } else {
          assert.equal(response.status, 403, label);
          assert.match(response.text, /You do not have permission to see this page/);
        }
      }
    });
  }

  test('as nobody: public routes answer, every other route sends you to sign in', async () => {
    for (const spec of specs) {
      const response =
        spec.method === 'get'
          ? await request(harbour.app).get(concretePath(spec))
          : await request(harbour.app).post(concretePath(spec));
      const label = `${spec.method.toUpperCase()} ${spec.path} → ${response.status}`;
      if (spec.access === 'public') assert.ok(response.status < 500 && response.headers.location !== '/sign-in', label);
      else if (spec.method === 'get') assert.equal(response.headers.location, '/sign-in', label);
      // A post without a session has no CSRF token: refused before it reaches the route.
      else assert.equal(response.status, 403, label);
    }
  });

  test('refusals are recorded in the audit trail', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    await agent.get('/admin/audit').expect(403);
    const denied = await harbour.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'permission-denied')
      .where('username', '=', testUsername('practitioner'))
      .execute();
    assert.ok(denied.some((event) => event.detail.path === '/admin/audit' && event.detail.permission === 'audit:view'));
  });
});
