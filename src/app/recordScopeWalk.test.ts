import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { roles, rolesAllow, rolesReach, type Role } from '../platform/access/roles.ts';
import { testActor } from './testing/actors.ts';
import { testTeamName, testUsername } from './testing/testDatabase.ts';
import {
  csrfTokenFrom,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type TestHarbour,
} from './testing/testApp.ts';
import { routeTables } from './modules.ts';
import type { RouteSpec } from '../platform/web/routeSpec.ts';
import { createChild } from '../areas/people/index.ts';
import { recordContact } from '../areas/frontdoor/store.ts';
import { recordInitialConference } from '../areas/protection/store.ts';
import { addWorker } from '../areas/workforce/index.ts';
import { allocateChild } from '../areas/workforce/allocations.ts';
import { findOrCreateTeam } from '../platform/access/teams.ts';

// Need to know, walked: every page of a child's record, as every role, for a child in each
// relationship to the person asking. The table says what each role meets; the walk checks every
// route gives exactly that.
type Relationship =
  | 'allocated to them'
  | 'in their team'
  | 'in another team'
  | 'contact awaiting decision'
  | 'conference they chair'
  | 'restricted, no grant'
  | 'restricted, granted';
type Outcome = 'opens' | 'asks a reason' | 'restricted page' | 'forbidden';

const viewers = roles.filter((role) => rolesAllow([role], 'child:view'));
/** Roles whose record opens at once whoever the child is: the service manager (every team's manager) and the inspector (reads only). */
const alwaysOpen: Role[] = ['service-manager', 'inspector'];
const opensFor: Record<Relationship, Role[]> = {
  'allocated to them': viewers,
  'in their team': viewers,
  'in another team': alwaysOpen,
  'contact awaiting decision': [...alwaysOpen, 'front-door', 'team-manager'],
  'conference they chair': [...alwaysOpen, 'iro'],
  'restricted, no grant': [],
  'restricted, granted': viewers,
};

/**
 * A partner practitioner (another agency's) opens only the children they work with themselves:
 * refused every other, with no reason to give and no break-glass, and every restricted record.
 */
const partnerOpens: Relationship[] = ['allocated to them'];

function expected(role: Role, relationship: Relationship, spec: RouteSpec): Outcome {
  // The route's own permission is checked first: a role without it never reaches the child.
  if (spec.access === 'public' || !rolesReach([role], spec.access, spec.child)) return 'forbidden';
  if (role === 'partner') return partnerOpens.includes(relationship) ? 'opens' : 'forbidden';
  if (opensFor[relationship].includes(role)) return 'opens';
  return relationship.startsWith('restricted') ? 'restricted page' : 'asks a reason';
}

describe('need to know: every child route, every role, every relationship', () => {
  let harbour: TestHarbour;
  /** The child in each relationship, per role (allocated to them differs for each person). */
  const childOf = new Map<string, number>();
  const key = (role: Role, relationship: Relationship) => `${role}|${relationship}`;
  const walked = { requests: 0, routes: 0 };

  before(async () => {
    harbour = await testHarbour({}, { needToKnow: true });
    const db = harbour.database.db;
    const manager = await testActor(db, 'service-manager');
    const teamManager = await testActor(db, 'team-manager');
    const ourTeam = await findOrCreateTeam(db, testTeamName);
    const otherTeam = await findOrCreateTeam(db, 'Other locality team');
    const userOf = async (role: Role) =>
      (await db.selectFrom('users').select('id').where('username', '=', testUsername(role)).executeTakeFirstOrThrow())
        .id;
    const newChild = async (forename: string) =>
      (await createChild(db, manager, { forename, surname: 'Walk', dateOfBirth: '2016-03-03', sex: 'U' })).id;
    const allocate = async (childId: number, workerId: number) =>
      allocateChild(db, manager, { childId, workerId, startDate: '2026-01-05' });
    const worker = async (name: string, teamId: number, userId?: number) =>
      (await addWorker(db, { name, role: 'social-worker', teamId, startDate: '2020-01-01', userId })).id;

    const ourWorker = await worker('Our Teamworker', ourTeam.id);
    const otherWorker = await worker('Other Teamworker', otherTeam.id);
    const inOurTeam = await newChild('Ourteam');
    await allocate(inOurTeam, ourWorker);
    const inOtherTeam = await newChild('Otherteam');
    await allocate(inOtherTeam, otherWorker);
    const awaitingDecision = await newChild('Awaiting');
    await recordContact(db, manager, {
      childIds: [awaitingDecision],
      receivedAt: '2026-11-24T10:00:00Z',
      source: '6',
      levelOfNeed: 3,
      consent: 'given',
      concerns: 'School raised a concern',
    });
    const chaired = await newChild('Chaired');
    // The chair is a worker: the IRO signs in as them.
    const chair = await addWorker(db, {
      name: 'Walk Chair',
      role: 'iro',
      teamId: otherTeam.id,
      startDate: '2020-01-01',
      userId: await userOf('iro'),
    });
    await recordInitialConference(db, manager, {
      childId: chaired,
      date: '2026-11-02',
      outcome: 'no-plan',
      chairId: chair.id,
    });
    const restricted = await newChild('Sealed');
    await allocate(restricted, ourWorker);
    const granted = await newChild('Granted');
    await allocate(granted, ourWorker);
    await db
      .updateTable('children')
      .set({ access_restriction: 'adoption' })
      .where('id', 'in', [restricted, granted])
      .execute();

    for (const role of roles) {
      // Their own case sits in the other team, so it opens because it is theirs, not their team's.
      const own = await newChild(`Own${role.replace(/-/g, '')}`);
      if (viewers.includes(role))
        await allocate(
          own,
          role === 'iro' ? chair.id : await worker(`Worker ${role}`, otherTeam.id, await userOf(role)),
        );
      const granter = role === 'service-manager' ? teamManager : manager;
      await db
        .insertInto('child_access_grants')
        .values({ child_id: granted, user_id: await userOf(role), granted_by: granter.userId, reason: 'Walk' })
        .execute();
      const children: Record<Relationship, number> = {
        'allocated to them': own,
        'in their team': inOurTeam,
        'in another team': inOtherTeam,
        'contact awaiting decision': awaitingDecision,
        'conference they chair': chaired,
        'restricted, no grant': restricted,
        'restricted, granted': granted,
      };
      for (const [relationship, childId] of Object.entries(children))
        childOf.set(key(role, relationship as Relationship), childId);
    }
  });
  after(() => {
    console.log(`need to know walk: ${walked.routes} child routes, ${walked.requests} requests`);
    return harbour.close();
  });

  const childRoutes = routeTables.flatMap((table) => table.specs).filter((spec) => spec.child);
  const pathFor = (spec: RouteSpec, childId: number) => {
    const childParam = spec.path.includes(':childId') ? ':childId' : ':id';
    // Other parameters name a record of the child's: the access decision comes before it is looked up.
    return spec.path.replace(childParam, String(childId)).replace(/:\w+/g, '1');
  };

  test('the walk covers the pages of a child’s record', () => {
    assert.ok(childRoutes.length >= 50, `${childRoutes.length} child routes`);
    walked.routes = childRoutes.length;
  });

  /**
   * Which cells of the table are asked. The outcome is the shared decision's answer for the role
   * and the relationship, applied by each route to its own child. So every route is asked once for
   * each outcome it gives the role (the first relationship that gives it), which shows the route
   * applies the decision to its child; and every relationship is asked of one route of each
   * permission and method, which shows the decision gives each relationship its answer.
   */
  const representatives = new Set(
    new Map(childRoutes.map((spec) => [`${spec.method} ${String(spec.access)}`, spec])).values(),
  );
  const relationships = Object.keys(opensFor) as Relationship[];
  function asked(role: Role, relationship: Relationship, spec: RouteSpec): boolean {
    const outcome = expected(role, relationship, spec);
    // A post the person may make runs its handler: the area's own tests post real forms.
    if (outcome === 'opens' && spec.method === 'post') return false;
    const first = relationships.find((other) => expected(role, other, spec) === outcome);
    return relationship === first || representatives.has(spec);
  }

  for (const role of roles) {
    test(`as ${role}`, async () => {
      const agent = await signedInAgent(harbour, role);
      const token = await csrfTokenFrom(agent, '/sign-out');
      for (const relationship of relationships) {
        const childId = childOf.get(key(role, relationship))!;
        for (const spec of childRoutes) {
          if (!asked(role, relationship, spec)) continue;
          const outcome = expected(role, relationship, spec);
          const path = pathFor(spec, childId);
          const response =
            spec.method === 'get' ? await agent.get(path) : await agent.post(path).type('form').send({ _csrf: token });
          walked.requests += 1;
          const location = String(response.headers.location ?? '');
          const label = `${role}, child ${relationship}: ${spec.method.toUpperCase()} ${spec.path} → ${response.status} ${location}`;
          if (outcome === 'forbidden') assert.equal(response.status, 403, label);
          else if (outcome === 'restricted page') assert.equal(location, `/children/${childId}/restricted`, label);
          else if (outcome === 'asks a reason') assert.ok(location.startsWith(`/children/${childId}/why?then=`), label);
          else
            assert.ok(
              response.status < 500 && response.status !== 403 && !/\/(why|restricted)\b/.test(location),
              label,
            );
        }
      }
    });
  }

  test('the leader’s pages never name a child', async () => {
    const leader = await signedInAgent(harbour, 'leader');
    const pages = routeTables
      .flatMap((table) => table.specs)
      .filter((spec) => spec.method === 'get' && !spec.path.includes(':'))
      .filter((spec) => spec.access !== 'public' && rolesAllow(['leader'], spec.access));
    assert.ok(pages.length >= 2, `${pages.length} pages`);
    for (const spec of pages) {
      const response = await leader.get(spec.path);
      walked.requests += 1;
      assert.equal(response.status, 200, spec.path);
      // Every child of the walk has this surname.
      assert.doesNotMatch(response.text, /\bWalk\b/, `${spec.path} names a child`);
    }
  });

  test('a reason opens the record for the rest of the day, audited and listed for the child’s team manager; the next day asks again', async () => {
    const childId = childOf.get(key('practitioner', 'in another team'))!;
    const practitioner = await signedInAgent(harbour, 'practitioner');
    const asked = await practitioner.get(`/children/${childId}/chronology`);
    assert.equal(
      asked.headers.location,
      `/children/${childId}/why?then=${encodeURIComponent(`/children/${childId}/chronology`)}`,
    );
    const why = `/children/${childId}/why?then=${encodeURIComponent(`/children/${childId}/chronology`)}`;
    const page = await practitioner.get(why);
    assert.equal(page.status, 200);
    assert.match(
      pageOf(page.text)('h1').text(),
      /Why are you opening Otherteam Walk’s record\?|Why are you opening Otherteam Walk's record\?/,
    );

    const blank = await submitForm(practitioner, why, `/children/${childId}/why`, {
      then: `/children/${childId}/chronology`,
    });
    assert.equal(blank.status, 400);
    assert.deepEqual(errorSummary(blank.text), ['Select why you are opening this record']);
    const unexplained = await submitForm(practitioner, why, `/children/${childId}/why`, {
      reason: 'other',
      detail: ' ',
    });
    assert.deepEqual(errorSummary(unexplained.text), ['Enter why you are opening this record']);
    // Somewhere else than the child's record is never where the form sends the person.
    const elsewhere = await submitForm(practitioner, why, `/children/${childId}/why`, {
      reason: 'covering',
      then: 'https://example.org/children/1',
    });
    assert.equal(elsewhere.headers.location, `/children/${childId}`);
    assert.equal((await practitioner.get(`/children/${childId}/chronology`)).status, 200);

    const db = harbour.database.db;
    const audited = await db
      .selectFrom('audit_events')
      .select(['reason', 'username'])
      .where('event', '=', 'access-reason-given')
      .where('child_id', '=', String(childId))
      .execute();
    assert.deepEqual(audited, [{ reason: 'Covering for a colleague', username: testUsername('practitioner') }]);

    // A manager of another team neither sees nor reviews it; the service manager (every team's) does.
    const ours = await signedInAgent(harbour, 'team-manager');
    assert.doesNotMatch((await ours.get('/oversight/break-glass')).text, /Otherteam Walk/);
    const service = await signedInAgent(harbour, 'service-manager');
    const review = await service.get('/oversight/break-glass');
    assert.match(pageOf(review.text)('#reasons + table').text(), /Otherteam Walk[\s\S]*Covering for a colleague/);
    const reasonId = (
      await db
        .selectFrom('record_access_reasons')
        .select('id')
        .where('child_id', '=', childId)
        .executeTakeFirstOrThrow()
    ).id;
    const outsider = await submitForm(ours, '/sign-out', `/oversight/access-reasons/${reasonId}`, {
      note: '',
    });
    assert.equal(outsider.status, 404);
    const reviewed = await submitForm(service, '/oversight/break-glass', `/oversight/access-reasons/${reasonId}`, {
      note: 'Covering Sam’s cases this week',
    });
    assert.equal(reviewed.status, 302);
    assert.doesNotMatch((await service.get('/oversight/break-glass')).text, /Otherteam Walk/);

    harbour.clock.setToday('2026-11-26');
    try {
      assert.match(String((await practitioner.get(`/children/${childId}`)).headers.location), /\/why\?then=/);
    } finally {
      harbour.clock.setToday('2026-11-25');
    }
  });

  test('a form opened with yesterday’s reason is still saved after midnight', async () => {
    const childId = childOf.get(key('lado', 'in another team'))!;
    const lado = await signedInAgent(harbour, 'lado');
    const why = `/children/${childId}/why`;
    await submitForm(lado, why, why, { reason: 'duty' });
    const form = `/children/${childId}/referrals/new`;
    const token = await csrfTokenFrom(lado, '/sign-out');
    harbour.clock.setToday('2026-11-26');
    try {
      const posted = await lado.post(form).type('form').send({ _csrf: token });
      assert.doesNotMatch(String(posted.headers.location ?? ''), /\/why/);
      assert.match(String((await lado.get(`/children/${childId}`)).headers.location), /\/why\?then=/);
    } finally {
      harbour.clock.setToday('2026-11-25');
    }
  });

  test('the council can choose open access: nobody is asked a reason, restricted records stay restricted', async () => {
    const admin = await signedInAgent(harbour, 'administrator');
    const settings = '/admin/settings/record-access';
    const page = await admin.get(settings);
    assert.equal(pageOf(page.text)('input[name="access"]:checked').val(), 'need-to-know');
    const version = String(pageOf(page.text)('input[name="version"]').val());
    const saved = await submitForm(admin, settings, settings, { access: 'open', version });
    assert.equal(saved.status, 302);
    const stale = await submitForm(admin, settings, settings, { access: 'need-to-know', version });
    assert.equal(stale.status, 409);
    try {
      const practitioner = await signedInAgent(harbour, 'practitioner');
      assert.equal(
        (await practitioner.get(`/children/${childOf.get(key('practitioner', 'in another team'))}`)).status,
        200,
      );
      const restricted = childOf.get(key('practitioner', 'restricted, no grant'))!;
      assert.equal(
        (await practitioner.get(`/children/${restricted}`)).headers.location,
        `/children/${restricted}/restricted`,
      );
    } finally {
      const current = String(pageOf((await admin.get(settings)).text)('input[name="version"]').val());
      await submitForm(admin, settings, settings, { access: 'need-to-know', version: current });
    }
  });
});
