import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testActor } from './testing/actors.ts';
import { testTeamName, testUsername } from './testing/testDatabase.ts';
import {
  csrfTokenFrom,
  signedInAgent,
  submitForm,
  testHarbour,
  type Agent,
  type TestHarbour,
} from './testing/testApp.ts';
import { createChild } from '../areas/people/index.ts';
import { linkChildren } from '../areas/people/store.ts';
import { recordReferral } from '../areas/assessment/index.ts';
import { recordContact } from '../areas/frontdoor/store.ts';
import { issueCareProceedings } from '../areas/court/store.ts';
import { addWorker } from '../areas/workforce/index.ts';
import { allocateChild } from '../areas/workforce/allocations.ts';
import { breakGlass, grantAccess, restrictedRecordLabel } from '../platform/access/recordScope.ts';

// A restricted record (an adopted child) is named only to someone who may open it. Rosamund is
// planted in every place that names or lists children: her brother's page and chronology, the
// front door's household step and searches, the duplicate checks, the team's lists and export,
// her worker's page and the home page. Clementine, restricted too, is open with no worker, so she is planted on
// the county's list of unallocated children and its export. Their first names are unique, so any
// leak shows.
describe('a restricted child stays hidden from people without access', () => {
  let harbour: TestHarbour;
  let brother: number;
  let rosamund: number;
  let clementine: number;
  let teamId: number;
  let workerId: number;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    const actor = await testActor(db, 'team-manager');
    teamId = (await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow()).id;
    workerId = (
      await addWorker(db, { name: 'Wendy Caseworker', role: 'social-worker', teamId, startDate: '2020-01-01' })
    ).id;
    brother = (
      await createChild(db, actor, { forename: 'Barnaby', surname: 'Fairweather', dateOfBirth: '2016-04-04', sex: 'M' })
    ).id;
    rosamund = (
      await createChild(db, actor, {
        forename: 'Rosamund',
        surname: 'Fairweather',
        dateOfBirth: '2018-06-06',
        sex: 'F',
      })
    ).id;
    await linkChildren(db, actor, { childId: brother, relatedChildId: rosamund, relationship: 'sibling' });
    for (const childId of [brother, rosamund]) {
      await recordReferral(db, actor, { childId, referralDate: '2026-01-05', source: '6' });
      await allocateChild(db, actor, { childId, workerId, startDate: '2026-01-05' });
    }
    // One record naming both: the proceedings' chronology line names every child it is about.
    await issueCareProceedings(db, actor, {
      notOffered: { reason: 'immediate-risk' },
      childIds: [brother, rosamund],
      issueDate: '2026-03-02',
      court: 'Telford Family Court',
    });
    // A contact about her awaiting decision puts her on the oversight list.
    await recordContact(db, actor, {
      childIds: [rosamund],
      receivedAt: '2026-11-24T10:00:00Z',
      source: '6',
      levelOfNeed: 3,
      consent: 'given',
      concerns: 'School raised a concern',
    });
    clementine = (
      await createChild(db, actor, { forename: 'Clementine', surname: 'Ashdown', dateOfBirth: '2012-02-02', sex: 'F' })
    ).id;
    await recordReferral(db, actor, { childId: clementine, referralDate: '2026-02-09', source: '6' });
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', rosamund).execute();
    await db.updateTable('children').set({ access_restriction: 'high-profile' }).where('id', '=', clementine).execute();
    // Opened by break-glass and granted to someone else: both on the managers' review list.
    const lado = await testActor(db, 'lado');
    await breakGlass(db, { ...lado, userId: lado.userId! }, rosamund, 'Allegation against a carer, out of hours');
    const iro = await testActor(db, 'iro');
    await grantAccess(db, await testActor(db, 'service-manager'), {
      childId: rosamund,
      userId: iro.userId!,
      reason: 'Chairs her review',
      endsOn: '2027-01-31',
    });
  });
  after(() => harbour.close());

  /** The pages (and the export) a manager or practitioner reaches that would name her. */
  const places = () => [
    `/children/${brother}`,
    `/children/${brother}/chronology?siblings=yes`,
    '/children?q=fairweather',
    '/children?q=rosamund',
    '/front-door/contacts/new?q=fairweather',
    `/team?team=${teamId}`,
    `/team/due?team=${teamId}&by=child`,
    `/team/due?team=${teamId}&format=csv`,
    `/team/oversight?team=${teamId}`,
    '/team/unallocated',
    '/team/unallocated?format=csv',
    `/children/${brother}/family/children?q=fairweather`,
    '/oversight/break-glass',
    `/children/${rosamund}`,
    `/children/${rosamund}/restricted`,
    `/children/${rosamund}/access`,
    `/children/${rosamund}/access-log`,
    // Last, after her restricted page was opened: the home page's recently opened children leave her out.
    '/',
  ];

  async function household(agent: Agent) {
    const start = await agent.get('/front-door/contacts/new');
    if (start.status === 403) return start;
    await submitForm(agent, '/front-door/contacts/new?q=barnaby', '/front-door/contacts/new/child', {
      childId: String(brother),
    });
    return agent.get('/front-door/contacts/new/household');
  }

  const duplicateCheck = async (agent: Agent, path: string, action: string) => {
    const page = await agent.get(path);
    if (page.status === 403) return page;
    return submitForm(agent, path, action, {
      // Same surname and date of birth: the check matches her without her name being typed.
      forename: 'Rosie',
      surname: 'Fairweather',
      'dateOfBirth-day': '6',
      'dateOfBirth-month': '6',
      'dateOfBirth-year': '2018',
      sex: 'F',
      ethnicity: 'WBRI',
      nhsNumberUnknown: 'requested',
    });
  };

  test('her name appears in none of the places for a manager or a practitioner without access', async () => {
    let visited = 0;
    for (const role of ['team-manager', 'practitioner'] as const) {
      const agent = await signedInAgent(harbour, role);
      for (const path of places()) {
        const response = await agent.get(path);
        if (response.status === 403) continue; // a page this role may not see at all
        assert.ok(response.status < 500, `${role} ${path}: ${response.status}`);
        assert.doesNotMatch(response.text, /Rosamund|Clementine/, `${role} ${path} names her`);
        visited += 1;
      }
      const chronology = await agent.get(`/children/${brother}/chronology?siblings=yes`);
      assert.match(
        chronology.text,
        /Care proceedings issued at Telford Family Court for Barnaby Fairweather and a child whose record is restricted/,
      );
      const steps = [
        await household(agent),
        await duplicateCheck(agent, '/children/new', '/children/new'),
        await duplicateCheck(agent, '/front-door/contacts/new/add-child', '/front-door/contacts/new/add-child'),
      ];
      for (const step of steps) {
        if (step.status === 403) continue;
        assert.doesNotMatch(step.text, /Rosamund/, `${role} step ${steps.indexOf(step)} names her`);
        visited += 1;
      }
      if (role === 'team-manager') {
        assert.match(
          (await agent.get('/team/unallocated')).text,
          /A restricted record is not shown: you have not been given access/,
          'the unallocated list counts her without naming her',
        );
        assert.match(steps[1]!.text, /A restricted record may match this child/);
        assert.match(steps[2]!.text, /A restricted record may match this child/);
      }
    }
    const admin = await signedInAgent(harbour, 'administrator');
    const workerPage = await admin.get(`/admin/workers/${workerId}`);
    assert.equal(workerPage.status, 200);
    assert.doesNotMatch(workerPage.text, /Rosamund/);
    assert.match(workerPage.text, /A restricted record is also allocated to Wendy Caseworker/);
    const audit = await admin.get('/admin/audit');
    assert.equal(audit.status, 200);
    assert.doesNotMatch(audit.text, /Rosamund/);
    visited += 2;
    assert.ok(visited >= 26, `visited ${visited}`);
  });

  test('the managers’ review list and her access pages show her Harbour ID, not her name', async () => {
    const manager = await signedInAgent(harbour, 'team-manager');
    const review = await manager.get('/oversight/break-glass');
    assert.match(review.text, new RegExp(`${restrictedRecordLabel(rosamund).replace(/[()]/g, '\\$&')}`));
    assert.match(review.text, /Allegation against a carer, out of hours/);
    assert.match((await manager.get(`/children/${rosamund}/access`)).text, /Access to the record of Restricted record/);
  });

  test('the contact cannot be recorded about her from the household step by posting her id', async () => {
    const agent = await signedInAgent(harbour, 'team-manager');
    await household(agent);
    const token = await csrfTokenFrom(agent, '/front-door/contacts/new/household');
    const posted = await agent
      .post('/front-door/contacts/new/household')
      .type('form')
      .send({ _csrf: token, childIds: String(rosamund) });
    assert.equal(posted.status, 400);
    assert.doesNotMatch(posted.text, /Rosamund/);
  });

  test('with a grant she is named again: the same places find her', async () => {
    const db = harbour.database.db;
    const manager = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', testUsername('team-manager'))
      .executeTakeFirstOrThrow();
    const serviceManager = await testActor(db, 'service-manager');
    await grantAccess(db, serviceManager, {
      childId: rosamund,
      userId: manager.id,
      reason: 'Adoption support planning',
      endsOn: '2027-03-31',
    });
    const agent = await signedInAgent(harbour, 'team-manager');
    assert.match((await agent.get('/children?q=fairweather')).text, /Rosamund/);
    assert.match((await agent.get(`/team/due?team=${teamId}&by=child`)).text, /Rosamund/);
    assert.match((await agent.get(`/children/${brother}/chronology?siblings=yes`)).text, /Rosamund/);
    await grantAccess(db, serviceManager, {
      childId: clementine,
      userId: manager.id,
      reason: 'Allocating her',
      endsOn: '2027-03-31',
    });
    assert.match(
      (await agent.get('/team/unallocated')).text,
      /Allocate<span class="govuk-visually-hidden"> Clementine Ashdown/,
    );
  });
});
