import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from '../../platform/access/roles.ts';
import { testActor } from '../../app/testing/actors.ts';
import { adaBenAndRestrictedCora } from '../../app/testing/records.ts';
import { testUsername } from '../../app/testing/testDatabase.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { addAdultToNetwork, createChild } from '../people/store.ts';
import { addWorker, allocateChild } from '../workforce/allocations.ts';
import { startPreProceedings } from '../court/store.ts';

// Need to know is on: the practitioner holds Ada's case; the LADO, who does not work with the family,
// is asked a reason until they coordinate the family's meeting.
describe('family group decision-making pages', () => {
  let harbour: TestHarbour;
  let practitioner: Agent;
  let ada: number;
  let ben: number;
  let cora: number;
  let caseWorker: number;
  let coordinator: number;
  let nan: number;
  const db = () => harbour.database.db;
  const page = (childId: number) => `/children/${childId}/family-group`;
  const meetingOf = async (childId: number) =>
    (
      await db()
        .selectFrom('family_group_meeting_children')
        .select('meeting_id as id')
        .where('child_id', '=', childId)
        .executeTakeFirstOrThrow()
    ).id;
  const versionOn = async (agent: Agent, form: string) =>
    pageOf((await agent.get(form)).text)('input[name="version"]').val() as string;

  before(async () => {
    harbour = await testHarbour({}, { needToKnow: true });
    harbour.clock.setToday('2026-03-02');
    const actor = await testActor(db(), 'service-manager');
    ({ ada, ben, cora } = await adaBenAndRestrictedCora(db(), actor, 'Network'));
    // The case is held in another team than the test accounts', so only the worker it is allocated to works with it.
    const teamId = (await findOrCreateTeam(db(), 'Other locality team')).id;
    const userOf = async (role: Role) =>
      (await db().selectFrom('users').select('id').where('username', '=', testUsername(role)).executeTakeFirstOrThrow())
        .id;
    caseWorker = (
      await addWorker(db(), {
        name: 'Sam Social',
        role: 'social-worker',
        teamId,
        startDate: '2020-01-01',
        userId: await userOf('practitioner'),
      })
    ).id;
    coordinator = (
      await addWorker(db(), {
        name: 'Cleo Coordinator',
        role: 'family-support',
        teamId: null,
        startDate: '2020-01-01',
        userId: await userOf('lado'),
      })
    ).id;
    for (const childId of [ada, ben])
      await allocateChild(db(), actor, { childId, workerId: caseWorker, startDate: '2025-09-01' });
    nan = (
      await addAdultToNetwork(db(), actor, {
        childId: ada,
        relationship: 'other',
        forename: 'Jean',
        surname: 'Network',
      })
    ).adult.id;
    practitioner = await signedInAgent(harbour, 'practitioner');
  });
  after(() => harbour.close());

  test('an offer for two brothers and sisters, a restricted sister never offered; bad input kept with an error summary', async () => {
    const form = `${page(ada)}/meetings/new`;
    const blank = pageOf((await practitioner.get(form)).text);
    assert.deepEqual(
      blank('input[name="together"]')
        .map((_i, input) => blank(input).val())
        .get(),
      [String(ben)],
    );
    assert.doesNotMatch(blank.html(), /Cora/);
    assert.equal(
      blank('select[name="offeredBy"] option:selected').val(),
      String(caseWorker),
      'the recorder is preselected',
    );
    const refused = await submitForm(practitioner, form, form, { ...dateFields('offeredDate', '2026-01-12') });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), ['Select what was offered', 'Select who offered the meeting']);
    assert.equal(pageOf(refused.text)('input[name="offeredDate-day"]').val(), '12', 'what was typed is kept');
    const hostileSibling = await submitForm(practitioner, form, form, {
      kind: 'family-group-conference',
      offeredBy: String(caseWorker),
      together: String(cora),
      ...dateFields('offeredDate', '2026-01-12'),
    });
    assert.equal(hostileSibling.status, 400, 'a restricted sister posted anyway is refused');
    const offered = await submitForm(practitioner, form, form, {
      kind: 'family-group-conference',
      offeredBy: String(caseWorker),
      together: String(ben),
      ...dateFields('offeredDate', '2026-01-12'),
    });
    assert.equal(offered.status, 302, errorSummary(offered.text).join('; '));
    assert.equal(await meetingOf(ada), await meetingOf(ben));
    const benPage = pageOf((await practitioner.get(page(ben))).text);
    assert.match(benPage('#meetings + section').text(), /Ada Network, Ben Network/);
    assert.match(benPage('#meetings + section').text(), /Offered/);
  });

  test("the family's answer: a reason when declined, someone else's change detected", async () => {
    const form = `${page(ada)}/meetings/${await meetingOf(ada)}/answer`;
    const version = await versionOn(practitioner, form);
    const noReason = await submitForm(practitioner, form, form, {
      version,
      response: 'declined',
      ...dateFields('responseDate', '2026-01-14'),
    });
    assert.equal(noReason.status, 400);
    assert.deepEqual(errorSummary(noReason.text), ['Select why the family declined']);
    const early = await submitForm(practitioner, form, form, {
      version,
      response: 'accepted',
      ...dateFields('responseDate', '2026-01-10'),
    });
    assert.deepEqual(errorSummary(early.text), ['The family must answer on or after the day the meeting was offered']);
    const accepted = await submitForm(practitioner, form, form, {
      version,
      response: 'accepted',
      ...dateFields('responseDate', '2026-01-14'),
    });
    assert.equal(accepted.status, 302, errorSummary(accepted.text).join('; '));
    const stale = await submitForm(practitioner, form, form, {
      version,
      response: 'declined',
      declinedReason: 'no-network',
      ...dateFields('responseDate', '2026-01-15'),
    });
    assert.equal(stale.status, 409);
  });

  test('the coordinator is independent of the case; once they coordinate, the family’s records open to them', async () => {
    const lado = await signedInAgent(harbour, 'lado');
    const before = await lado.get(page(ben));
    assert.equal(before.status, 302);
    assert.match(before.headers.location ?? '', new RegExp(`^/children/${ben}/why`));
    const form = `${page(ada)}/meetings/${await meetingOf(ada)}/held`;
    const version = await versionOn(practitioner, form);
    const held = {
      version,
      attendees: String(nan),
      otherAttendees: 'Pat, a neighbour',
      familyPlan: 'Nan collects the children from school on weekdays.',
      ...dateFields('heldDate', '2026-02-03'),
      ...dateFields('reviewDueDate', '2026-03-03'),
    };
    const notIndependent = await submitForm(practitioner, form, form, { ...held, coordinator: String(caseWorker) });
    assert.equal(notIndependent.status, 400);
    assert.match(errorSummary(notIndependent.text).join(), /independent of the case/);
    const noReview = await submitForm(practitioner, form, form, {
      ...held,
      coordinator: String(coordinator),
      'reviewDueDate-day': '',
      'reviewDueDate-month': '',
      'reviewDueDate-year': '',
    });
    assert.deepEqual(errorSummary(noReview.text), ['Enter the date the family plan is to be reviewed']);
    const saved = await submitForm(practitioner, form, form, { ...held, coordinator: String(coordinator) });
    assert.equal(saved.status, 302, errorSummary(saved.text).join('; '));
    assert.equal((await lado.get(page(ben))).status, 200, 'the coordinator works with the family');
    const meeting = pageOf((await practitioner.get(`${page(ben)}/meetings/${await meetingOf(ben)}`)).text);
    assert.match(meeting('#meeting').text(), /Cleo Coordinator/);
    assert.match(meeting('#meeting').text(), /Jean Network, Pat, a neighbour/);
    assert.match(meeting('#plan + .govuk-inset-text').text(), /Nan collects the children/);
  });

  test("the plan's actions and its review: the review due is the child's due item until it is met", async () => {
    const base = `${page(ada)}/meetings/${await meetingOf(ada)}`;
    const dueItem = () =>
      db()
        .selectFrom('due_items')
        .select(['due_on', 'met_on'])
        .where('child_id', '=', ben)
        .where('rule', '=', 'family-group-plan-review')
        .orderBy('due_on')
        .execute();
    assert.deepEqual(
      (await dueItem()).map((item) => [item.due_on, item.met_on]),
      [['2026-03-03', null]],
    );
    const action = `${base}/actions/new`;
    const noOwner = await submitForm(practitioner, action, action, { action: 'School run' });
    assert.deepEqual(errorSummary(noOwner.text), ['Enter who will do it']);
    assert.equal(
      (await submitForm(practitioner, action, action, { action: 'School run', owner: 'Nan (Jean Network)' })).status,
      302,
    );
    const review = `${base}/reviews/new`;
    const noNext = await submitForm(practitioner, review, review, {
      outcome: 'continues',
      ...dateFields('reviewDate', '2026-03-02'),
    });
    assert.deepEqual(errorSummary(noNext.text), ['Enter the date of the next review']);
    const reviewed = await submitForm(practitioner, review, review, {
      outcome: 'continues',
      ...dateFields('reviewDate', '2026-03-02'),
      ...dateFields('nextReviewDate', '2026-05-04'),
    });
    assert.equal(reviewed.status, 302, errorSummary(reviewed.text).join('; '));
    assert.deepEqual(
      (await dueItem()).map((item) => [item.due_on, item.met_on]),
      [
        ['2026-03-03', '2026-03-02'],
        ['2026-05-04', null],
      ],
    );
  });

  test('family network support: the amount in pounds, to someone of the network', async () => {
    const form = `${page(ada)}/support/new`;
    const bad = await submitForm(practitioner, form, form, {
      kind: 'financial',
      amount: 'lots',
      recipient: String(nan),
      ...dateFields('startDate', '2026-02-10'),
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), ['Enter the amount in pounds, like 250 or 250.50']);
    const nobody = await submitForm(practitioner, form, form, {
      kind: 'respite',
      description: 'Weekend stays with Nan',
      recipient: 'someone-else',
      ...dateFields('startDate', '2026-02-10'),
    });
    assert.deepEqual(errorSummary(nobody.text), ['Enter their name']);
    const given = await submitForm(practitioner, form, form, {
      kind: 'financial',
      amount: '£1,250.50',
      recipient: String(nan),
      together: String(ben),
      ...dateFields('startDate', '2026-02-10'),
    });
    assert.equal(given.status, 302, errorSummary(given.text).join('; '));
    const support = pageOf((await practitioner.get(page(ben))).text)('#support + table').text();
    assert.match(support, /Financial support, £1,250\.50/);
    assert.match(support, /Jean Network/);
  });

  test('the chronology tells the story; the court tracker shows the offer before pre-proceedings', async () => {
    const chronology = (await practitioner.get(`/children/${ben}/chronology`)).text;
    assert.match(
      chronology,
      /Family group conference \(family group decision-making\) offered to the family of Ada Network and Ben Network/,
    );
    assert.match(chronology, /Family plan reviewed: The plan continues as agreed/);
    assert.match(chronology, /Family network support began: Financial support for Jean Network \(£1,250\.50\)/);
    await startPreProceedings(db(), await testActor(db(), 'service-manager'), {
      childIds: [ada, ben],
      startDate: '2026-03-02',
    });
    const manager = await signedInAgent(harbour, 'team-manager');
    const tracker = pageOf((await manager.get('/court')).text);
    assert.match(tracker('#pre-proceedings + table').text(), /Offered 12 January 2026; held 3 February 2026/);
    // A child never offered one: the reason given before pre-proceedings is on their family group page.
    const dan = (
      await createChild(db(), await testActor(db(), 'service-manager'), {
        forename: 'Dan',
        surname: 'Network',
        dateOfBirth: '2018-02-02',
        sex: 'M',
      })
    ).id;
    await allocateChild(db(), await testActor(db(), 'service-manager'), {
      childId: dan,
      workerId: caseWorker,
      startDate: '2026-01-05',
    });
    await startPreProceedings(db(), await testActor(db(), 'service-manager'), {
      childIds: [dan],
      startDate: '2026-03-02',
      notOffered: { reason: 'unsafe', detail: 'Domestic abuse in the wider family' },
    });
    assert.match(
      pageOf((await practitioner.get(page(dan))).text)('#not-offered + table').text(),
      /Pre-proceedings\s*A meeting would have put the child or someone else at risk \(for example domestic abuse\): Domestic abuse in the wider family\s*2 March 2026/,
    );
  });

  test('who may see and record: the inspector reads, never records; roles without child records are refused', async () => {
    const inspector = await signedInAgent(harbour, 'inspector');
    assert.equal((await inspector.get(page(ada))).status, 200);
    assert.equal((await inspector.get(`${page(ada)}/meetings/${await meetingOf(ada)}`)).status, 200);
    assert.equal((await inspector.get(`${page(ada)}/meetings/new`)).status, 403);
    const analyst = await signedInAgent(harbour, 'analyst');
    assert.equal((await analyst.get(page(ada))).status, 403);
    assert.equal((await practitioner.get(`${page(ada)}/meetings/999999`)).status, 404);
    const other = await practitioner.get(`${page(cora)}`);
    assert.notEqual(other.status, 200, 'the restricted sister does not open');
  });
});
