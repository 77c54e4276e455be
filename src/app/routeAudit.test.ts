import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testActor } from './testing/actors.ts';
import { signedInAgent, testHarbour, type TestHarbour } from './testing/testApp.ts';
import { routeTables } from './modules.ts';
import { createChild } from '../areas/people/index.ts';
import { recordReferral } from '../areas/assessment/index.ts';
import { recordStrategyDiscussion } from '../areas/protection/index.ts';
import { recordContact } from '../areas/frontdoor/store.ts';
import { completeCaseNote, draftCaseNote } from '../areas/casenotes/store.ts';
import type { RouteSpec } from '../platform/web/routeSpec.ts';

// Every GET says what it writes to the audit trail, and the route helper keeps the promise: a
// page of a child's record writes exactly one view event, a page naming children says which.
const specs = routeTables.flatMap((table) => table.specs);
const gets = specs.filter((spec) => spec.method === 'get');

describe('what every route writes to the audit trail', () => {
  let harbour: TestHarbour;
  let childId: number;
  let siblingId: number;
  const ids: Record<string, number> = {};
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    const actor = await testActor(db, 'practitioner');
    childId = (
      await createChild(db, actor, { forename: 'Zebedee', surname: 'Quartermain', dateOfBirth: '2017-03-03', sex: 'M' })
    ).id;
    siblingId = (
      await createChild(db, actor, {
        forename: 'Ottoline',
        surname: 'Quartermain',
        dateOfBirth: '2019-05-05',
        sex: 'F',
      })
    ).id;
    ids.referralId = (await recordReferral(db, actor, { childId, referralDate: '2026-11-02', source: '6' })).id;
    ids.discussionId = (
      await recordStrategyDiscussion(db, actor, { childId, referralId: ids.referralId, decisionDate: '2026-11-02' })
    ).id;
    // A completed case note, so its page, adding to it and marking it in error are walked too.
    const note = await draftCaseNote(db, actor, {
      happenedAt: new Date('2026-11-20T10:00:00Z'),
      kind: 'home-visit',
      noteText: 'Zebedee showed me his drawings',
      significant: true,
      workerIds: [],
      familyMemberIds: [],
      professionals: [],
      children: [
        { childId, childSeen: true, seenAlone: true, seenWhere: 'At home', wishesAndFeelings: null, voiceGathered: [] },
      ],
    });
    await completeCaseNote(db, actor, { childId, id: note.id, version: note.version, completedAt: new Date() });
    ids.noteId = note.id;
    ids.contactId = (
      await recordContact(db, actor, {
        childIds: [childId, siblingId],
        receivedAt: '2026-11-20T10:00:00Z',
        source: '6',
        levelOfNeed: 2,
        consent: 'given',
        concerns: 'Police called to the home',
      })
    ).contact.id;
  });
  after(() => harbour.close());

  const eventsSince = (id: number) =>
    harbour.database.db.selectFrom('audit_events').selectAll().where('id', '>', id).orderBy('id').execute();
  const lastEventId = async () =>
    (
      await harbour.database.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst()
    )?.id ?? 0;

  test('every GET declares its audit, and every page about a child declares a view of its record', () => {
    assert.ok(gets.length > 40);
    for (const spec of gets) {
      assert.ok(spec.audit !== undefined, `GET ${spec.path} declares no audit`);
      if (spec.child)
        assert.equal(
          typeof spec.audit === 'object' && spec.audit.event,
          'child-record-viewed',
          `GET ${spec.path} is about a child but audits no view`,
        );
    }
  });

  /** The path with its parameters filled from the fixture, or undefined when the fixture has no such record. */
  function concrete(spec: RouteSpec): string | undefined {
    let missing = false;
    const path = spec.path.replace(/:(\w+)/g, (_match, name: string) => {
      if (name === 'childId' || (name === 'id' && spec.path.startsWith('/children/'))) return String(childId);
      if (name === 'id' && spec.path.startsWith('/front-door/contacts/')) return String(ids.contactId);
      const id = ids[name];
      if (id === undefined) missing = true;
      return String(id);
    });
    return missing ? undefined : path;
  }

  test('each page of a child’s record writes exactly one view event, about that child, by that person', async () => {
    const agent = await signedInAgent(harbour, 'service-manager');
    const visited: string[] = [];
    for (const spec of gets.filter((route) => route.child)) {
      const path = concrete(spec);
      if (!path) continue;
      const before = await lastEventId();
      const response = await agent.get(path);
      if (response.status !== 200) continue;
      const views = (await eventsSince(before)).filter((event) => event.event === 'child-record-viewed');
      assert.equal(views.length, 1, `GET ${path} wrote ${views.length} view events`);
      assert.equal(views[0]!.child_id, String(childId), path);
      assert.equal(views[0]!.username, 'test-service-manager', path);
      visited.push(spec.path);
    }
    // The fixture reaches the pages of the child, their referral and strategy discussion.
    for (const path of [
      '/children/:id',
      '/children/:id/chronology',
      '/children/:childId/referrals/:referralId',
      '/children/:childId/strategy-discussions/:discussionId',
      '/children/:childId/case-notes',
      '/children/:childId/case-notes/:noteId',
      '/children/:childId/case-notes/:noteId/add',
      '/children/:childId/case-notes/:noteId/recorded-in-error',
    ])
      assert.ok(visited.includes(path), path);
  });

  test('a page that shows a child’s name writes an event naming that child', async () => {
    const agent = await signedInAgent(harbour, 'service-manager');
    for (const spec of gets) {
      const path = concrete(spec);
      if (!path || spec.access === 'public') continue;
      const before = await lastEventId();
      const response = await agent.get(spec.path === '/children' ? `${path}?q=Quartermain` : path);
      if (response.status !== 200 || !response.text.includes('Zebedee')) continue;
      assert.notEqual(spec.audit, 'none', `GET ${spec.path} shows a child but declares no audit`);
      const events = await eventsSince(before);
      const names = (event: (typeof events)[number]) =>
        event.child_id === String(childId) || ((event.detail.childIds as number[] | undefined) ?? []).includes(childId);
      assert.ok(events.some(names), `GET ${path} showed the child without an audit event naming them`);
    }
  });

  test('a search is audited with its terms; a contact page audits a view of each child’s record', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    let before = await lastEventId();
    await agent.get('/children?q=Quartermain').expect(200);
    const [search] = (await eventsSince(before)).filter((event) => event.event === 'children-listed');
    assert.deepEqual(search!.detail.searched, { q: 'Quartermain', dateOfBirth: null });
    assert.deepEqual([...(search!.detail.childIds as number[])].sort(), [childId, siblingId].sort());
    before = await lastEventId();
    await agent.get(`/front-door/contacts/${ids.contactId}`).expect(200);
    const views = (await eventsSince(before)).filter(
      (event) => event.event === 'child-record-viewed' && event.record_id === String(ids.contactId),
    );
    assert.equal(views.length, 2);
  });
});
