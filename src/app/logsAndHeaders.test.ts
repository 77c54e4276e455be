// Issue 9, logs and headers: a failed request's log line says which request, path and person and
// never what was searched or recorded; pages and exports of children's data are not cached or
// framed; a CSV export cannot run a formula recorded as a child's name.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import pino from 'pino';
import type { Actor } from '../platform/access/audit.ts';
import { pageOf, signedInAgent, testHarbour, type TestHarbour } from './testing/testApp.ts';
import { testActor } from './testing/actors.ts';
import { testTeamName, testUsername } from './testing/testDatabase.ts';
import { aChild } from './testing/records.ts';
import { recordReferral, startAssessment } from '../areas/assessment/store.ts';
import { addWorker, allocateChild } from '../areas/workforce/allocations.ts';

describe('logs and headers', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let childId: number;
  const logLines: Record<string, unknown>[] = [];
  before(async () => {
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    harbour = await testHarbour({}, { logger });
    const db = harbour.database.db;
    actor = await testActor(db, 'service-manager');
    childId = await aChild(db, actor, { forename: 'Zebedee', surname: 'Quartermaine' });
  });
  after(() => harbour.close());

  test('a database error is logged with the request id, path and user, never the names it was given', async () => {
    const db = harbour.database.db;
    const agent = await signedInAgent(harbour, 'practitioner');
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', testUsername('practitioner'))
      .executeTakeFirstOrThrow();
    // The search's SQL names a column that is gone: the database error carries the query and its
    // parameters (the name searched for), as any failing query would.
    await sql`alter table children rename column preferred_name to preferred_name_gone`.execute(db);
    let response;
    try {
      response = await agent.get('/children?q=Zebedee+Quartermaine');
    } finally {
      await sql`alter table children rename column preferred_name_gone to preferred_name`.execute(db);
    }
    assert.equal(response.status, 500);
    const requestId = response.headers['x-request-id'];
    assert.match(String(requestId), /^[0-9a-f-]{36}$/);

    const failed = logLines.filter((line) => line.msg === 'request failed');
    assert.equal(failed.length, 1, 'one error line');
    const line = failed[0]!;
    assert.equal(line.requestId, requestId);
    assert.equal(line.method, 'GET');
    assert.equal(line.path, '/children', 'the path, without the query string');
    assert.equal(line.userId, user.id);
    const error = line.error as Record<string, unknown>;
    assert.equal(error.code, '42703');
    assert.match(String(error.message), /preferred_name/);
    assert.deepEqual(Object.keys(error).sort(), ['code', 'message', 'stack', 'type']);
    const written = JSON.stringify(logLines);
    assert.doesNotMatch(written, /zebedee|quartermaine/i, 'no name searched for is logged');
    assert.doesNotMatch(written, /\$1|params|parameters/, 'no SQL parameters are logged');

    // The 500 page gives the same id, for support to find the line.
    const page = pageOf(response.text);
    assert.match(page('h1').text(), /Sorry, there is a problem with the service/);
    assert.equal(page('.harbour-request-id').text(), requestId);
  });

  test('every response has a request id; pages are not cached and not framed, assets keep their caching', async () => {
    const manager = await signedInAgent(harbour, 'service-manager');
    const administrator = await signedInAgent(harbour, 'administrator');
    const pages: [typeof manager, string][] = [
      [manager, '/'],
      [manager, '/children?q=Zebedee'],
      [manager, `/children/${childId}`],
      [manager, '/team'],
      [manager, '/team/due'],
      [manager, '/team/due?format=csv'],
      [manager, '/team/oversight'],
      [manager, '/admin/settings/timescales'],
      [administrator, '/admin/users'],
    ];
    const ids = new Set<string>();
    for (const [agent, path] of pages) {
      const response = await agent.get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers['cache-control'], 'no-store', path);
      assert.equal(response.headers['x-frame-options'], 'DENY', path);
      assert.match(response.headers['content-security-policy'] ?? '', /frame-ancestors 'none'/, path);
      ids.add(String(response.headers['x-request-id']));
    }
    assert.equal(ids.size, pages.length, 'each request its own id');
    const signIn = await manager.get('/sign-in');
    assert.equal(signIn.headers['cache-control'], 'no-store');
    const stylesheet = await manager.get('/assets/harbour.css');
    assert.equal(stylesheet.headers['cache-control'], 'public, max-age=3600');
    assert.ok(stylesheet.headers['x-request-id']);
  });

  test('a child named as a formula is exported as text, not run by the spreadsheet', async () => {
    const db = harbour.database.db;
    const team = await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow();
    const worker = await addWorker(db, {
      name: '@Worker Plus',
      role: 'social-worker',
      teamId: team.id,
      startDate: '2020-01-01',
    });
    const formula = await aChild(db, actor, { forename: '=HYPERLINK("http://x")', surname: 'Smith' });
    const referral = await recordReferral(db, actor, {
      childId: formula,
      referralDate: '2025-12-18',
      source: '1A',
      primaryNeed: 'N1',
    });
    await startAssessment(db, actor, { childId: formula, referralId: referral.id, startDate: '2025-12-19' });
    await allocateChild(db, actor, { childId: formula, workerId: worker.id, startDate: '2025-12-18' });

    const manager = await signedInAgent(harbour, 'team-manager');
    const csv = await manager.get(`/team/due?team=${team.id}&format=csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers['content-type'] ?? '', /text\/csv/);
    assert.equal(csv.headers['cache-control'], 'no-store');
    const line = csv.text.split('\n').find((row) => row.startsWith(`${formula},`));
    assert.ok(line, 'the child is in the export');
    assert.ok(line.startsWith(`${formula},,"'=HYPERLINK(""http://x"") Smith",'@Worker Plus,`), line);
  });
});
