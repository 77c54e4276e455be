// A strategy discussion's actions, each with an owner chosen (never typed alone) and a date by
// which; and the held and section 47 outcome forms keeping drafts that write nothing to the record.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testPassword, testTeamName, testUsername } from '../../app/testing/testDatabase.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  timedOutAgent,
  type TestHarbour,
  sendTaskList,
} from '../../app/testing/testApp.ts';
import { adaBenAndRestrictedCora, refusedAt } from '../../app/testing/records.ts';
import { roles, rolesAllow } from '../../platform/access/roles.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import { addAdultToNetwork } from '../people/store.ts';
import { addWorker } from '../workforce/index.ts';
import { recordStrategyDiscussionActions, recordStrategyDiscussions, startSection47Enquiry } from './store.ts';

describe('a strategy discussion’s actions, and the drafts of its held and outcome forms', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let ada: number;
  let ben: number;
  let cora: number;
  let workerId: number;
  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-03-30');
    const { db } = harbour.database;
    actor = await testActor(db, 'team-manager');
    ({ ada, ben, cora } = await adaBenAndRestrictedCora(db, actor, 'Lowe'));
    const team = await findOrCreateTeam(db, testTeamName);
    workerId = (
      await addWorker(db, { name: 'Sam Social', role: 'social-worker', teamId: team.id, startDate: '2020-01-01' })
    ).id;
  });
  after(() => harbour.close());

  const held = {
    decisionDate: '2026-03-26',
    heldDate: '2026-03-26',
    agencies: ['police' as const],
    decision: 'section-47' as const,
  };
  const actionsOf = (childId: number) =>
    harbour.database.db
      .selectFrom('strategy_discussion_actions')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('id')
      .execute();

  test('an action for brothers and sisters: a chosen owner and a date by which, a copy on each discussion, each done on its own', async () => {
    const { db } = harbour.database;
    const [adas, bens] = await recordStrategyDiscussions(db, actor, [
      { childId: ada, ...held },
      { childId: ben, ...held },
      { childId: cora, ...held },
    ]);
    const worker = await signedInAgent(harbour, 'team-manager');
    const adasPath = `/children/${ada}/strategy-discussions/${adas!.id}`;
    const newPath = `${adasPath}/actions/new`;
    const form = (await worker.get(newPath)).text;
    assert.deepEqual(
      pageOf(form)('input[name="together"]')
        .map((_, box) => pageOf(form)(box).attr('value'))
        .get(),
      [String(bens!.id)],
      'Ben’s discussion is offered; Cora’s restricted record is not',
    );
    assert.doesNotMatch(form, /Cora/);

    // Nothing is saved from bad input, and what was typed is kept.
    const nothing = await submitForm(worker, newPath, newPath, {
      description: 'Police to share the call-out log',
      ...dateFields('dueDate', '2026-03-25'),
    });
    assert.equal(nothing.status, 400);
    assert.deepEqual(errorSummary(nothing.text), [
      'Select who owns the action',
      'The date by which must be on or after the day the discussion was held',
    ]);
    assert.equal(pageOf(nothing.text)('#description').text(), 'Police to share the call-out log');
    const typedAlone = await submitForm(worker, newPath, newPath, {
      description: 'Police to share the call-out log',
      ownerKind: 'professional',
      ownerName: 'DC Fielding',
      ...dateFields('dueDate', '2026-04-02'),
    });
    assert.deepEqual(errorSummary(typedAlone.text), ['Enter the professional’s agency']);
    const stranger = await submitForm(worker, newPath, newPath, {
      description: 'Police to share the call-out log',
      ownerKind: 'worker',
      ownerWorkerId: '999999',
      ...dateFields('dueDate', '2026-04-02'),
    });
    assert.deepEqual(errorSummary(stranger.text), ['Select the worker from the list: someone in post']);
    assert.deepEqual(await actionsOf(ada), []);

    const added = await submitForm(worker, newPath, newPath, {
      description: 'Visit both children at school',
      ownerKind: 'worker',
      ownerWorkerId: String(workerId),
      ...dateFields('dueDate', '2026-03-27'),
      together: [String(bens!.id)],
    });
    assert.equal(added.status, 302);
    assert.equal(added.headers.location, `${adasPath}#actions`);
    await submitForm(worker, newPath, newPath, {
      description: 'Share the call-out log',
      ownerKind: 'professional',
      ownerName: 'DC Fielding',
      ownerAgency: 'Police',
      ...dateFields('dueDate', '2026-04-03'),
    });
    const [adasVisit, adasLog] = await actionsOf(ada);
    const [bensVisit] = await actionsOf(ben);
    assert.ok(adasVisit && adasLog && bensVisit);
    assert.deepEqual(
      [bensVisit.strategy_discussion_id, bensVisit.owner_worker_id, bensVisit.due_date],
      [bens!.id, workerId, '2026-03-27'],
      'a copy on Ben’s own discussion',
    );
    assert.equal((await actionsOf(ben)).length, 1, 'the action for Ada alone is not on Ben’s record');
    const audited = await db
      .selectFrom('audit_events')
      .select('child_id')
      .where('record_type', '=', 'strategy_discussion_actions')
      .execute();
    assert.deepEqual(audited.map((row) => Number(row.child_id)).sort(), [ada, ada, ben].sort());

    // Shown on the discussion's page, the one past its date overdue.
    assert.deepEqual(tableRows((await worker.get(adasPath)).text, '#actions + table'), [
      'Visit both children at school|Sam Social, Test locality team|27 March 2026 Overdue|Not yet',
      'Share the call-out log|DC Fielding, Police|3 April 2026|Not yet',
    ]);

    // Marked done on Ada's record; Ben's copy moves on its own.
    const actionPath = `${adasPath}/actions/${adasVisit.id}`;
    const early = await submitForm(worker, actionPath, `${actionPath}/done`, {
      ...dateFields('doneDate', '2026-03-20'),
      version: '1',
    });
    assert.deepEqual(errorSummary(early.text), ['The date done must be on or after the day the discussion was held']);
    const done = await submitForm(worker, actionPath, `${actionPath}/done`, {
      ...dateFields('doneDate', '2026-03-27'),
      version: '1',
    });
    assert.equal(done.headers.location, `${adasPath}#actions`);
    // Its page no longer offers the form; a second post, as from another tab, is refused.
    const stale = await submitForm(worker, newPath, `${actionPath}/done`, {
      ...dateFields('doneDate', '2026-03-28'),
      version: '1',
    });
    assert.equal(stale.status, 409);
    assert.deepEqual(
      [(await actionsOf(ada))[0]!.done_date, (await actionsOf(ben))[0]!.done_date],
      ['2026-03-27', null],
    );
    const chronology = pageOf((await worker.get(`/children/${ada}/chronology`)).text)('main').text();
    assert.match(
      chronology,
      /Action agreed at the strategy discussion: Visit both children at school \(by 27 March 2026\)/,
    );
    assert.match(chronology, /Strategy discussion action done: Visit both children at school/);
    const bensPage = tableRows(
      (await worker.get(`/children/${ben}/strategy-discussions/${bens!.id}`)).text,
      '#actions + table',
    );
    assert.deepEqual(bensPage, [
      'Visit both children at school|Sam Social, Test locality team|27 March 2026 Overdue|Not yet',
    ]);
  });

  test('one action for several children is recorded on all or none: an owner of one child’s family only is refused', async () => {
    const { db } = harbour.database;
    const [adas, bens] = await recordStrategyDiscussions(db, actor, [
      { childId: ada, ...held },
      { childId: ben, ...held },
    ]);
    const { adult: mum } = await addAdultToNetwork(db, actor, {
      childId: ada,
      relationship: 'parent',
      forename: 'Dana',
      surname: 'Lowe',
    });
    const before = [(await actionsOf(ada)).length, (await actionsOf(ben)).length];
    await refusedAt(
      recordStrategyDiscussionActions(db, actor, {
        description: 'Attend the parenting assessment',
        owner: { kind: 'family-member', adultId: mum.id },
        dueDate: '2026-04-10',
        discussions: [
          { childId: ada, id: adas!.id },
          { childId: ben, id: bens!.id },
        ],
      }),
      'ownerAdultId',
    );
    assert.deepEqual([(await actionsOf(ada)).length, (await actionsOf(ben)).length], before);
    const [mine] = await recordStrategyDiscussionActions(db, actor, {
      description: 'Attend the parenting assessment',
      owner: { kind: 'family-member', adultId: mum.id },
      dueDate: '2026-04-10',
      discussions: [{ childId: ada, id: adas!.id }],
    });
    assert.equal(mine!.owner_adult_id, mum.id);
  });

  test('each role reaches the new pages as its permissions say: viewers see an action, recorders add and hold', async () => {
    const { db } = harbour.database;
    const [decided] = await recordStrategyDiscussions(db, actor, [{ childId: ada, ...held }]);
    const [planned] = await recordStrategyDiscussions(db, actor, [{ childId: ada, decisionDate: '2026-03-28' }]);
    const [action] = await recordStrategyDiscussionActions(db, actor, {
      description: 'Check the school’s records',
      owner: { kind: 'professional', name: 'Jo Head', agency: 'Riverside Primary' },
      dueDate: '2026-04-01',
      discussions: [{ childId: ada, id: decided!.id }],
    });
    const enquiry = await startSection47Enquiry(db, actor, { childId: ada, strategyDiscussionId: decided!.id });
    const discussion = `/children/${ada}/strategy-discussions`;
    const pages = [
      { path: `${discussion}/${decided!.id}/actions/new`, permission: 'child:record' as const },
      { path: `${discussion}/${decided!.id}/actions/${action!.id}`, permission: 'child:view' as const },
      { path: `${discussion}/${planned!.id}/held`, permission: 'child:record' as const },
      { path: `/children/${ada}/section-47-enquiries/${enquiry.id}/outcome`, permission: 'child:record' as const },
    ];
    for (const role of roles) {
      const agent = await signedInAgent(harbour, role);
      for (const { path, permission } of pages) {
        const { status } = await agent.get(path);
        // A partner practitioner does not work with Ada: every page of her record is refused them.
        const opens = rolesAllow([role], permission) && role !== 'partner';
        assert.equal(status, opens ? 200 : 403, `${role} ${path}`);
      }
    }
  });

  test('a discussion not yet held agrees no actions: the form sends you to it and a post is refused', async () => {
    const [planned] = await recordStrategyDiscussions(harbour.database.db, actor, [
      { childId: ada, decisionDate: '2026-03-27' },
    ]);
    const worker = await signedInAgent(harbour, 'practitioner');
    const path = `/children/${ada}/strategy-discussions/${planned!.id}`;
    assert.equal((await worker.get(`${path}/actions/new`)).headers.location, path);
    const refused = await submitForm(worker, `${path}/held/attendees`, `${path}/actions/new`, {
      description: 'Too early',
      ownerKind: 'worker',
      ownerWorkerId: String(workerId),
      ...dateFields('dueDate', '2026-03-30'),
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), ['Record the strategy discussion as held first']);
    assert.doesNotMatch(pageOf((await worker.get(path)).text)('main').text(), /Add an action/);
  });

  test('the held and outcome forms keep drafts: saved, listed on My work, restored after a timeout, writing nothing', async () => {
    const { db } = harbour.database;
    const [planned] = await recordStrategyDiscussions(db, actor, [{ childId: ben, decisionDate: '2026-03-27' }]);
    const [decided] = await recordStrategyDiscussions(db, actor, [{ childId: cora, ...held }]);
    await db.updateTable('children').set({ access_restriction: null }).where('id', '=', cora).execute();
    const enquiry = await startSection47Enquiry(db, actor, { childId: cora, strategyDiscussionId: decided!.id });
    const heldPath = `/children/${ben}/strategy-discussions/${planned!.id}/held`;
    const outcomePath = `/children/${cora}/section-47-enquiries/${enquiry.id}/outcome`;
    const worker = await signedInAgent(harbour, 'practitioner');

    const savedHeld = await submitForm(worker, `${heldPath}/information-shared`, `${heldPath}/information-shared`, {
      informationShared: 'Half written: police to confirm',
    });
    assert.equal(savedHeld.headers.location, heldPath);
    const savedOutcome = await submitForm(worker, outcomePath, outcomePath, {
      findings: 'Seen at school with the nurse',
      action: 'save-draft',
    });
    assert.equal(savedOutcome.headers.location, outcomePath);
    const heldForm = pageOf((await worker.get(heldPath)).text);
    assert.match(heldForm('.govuk-notification-banner').text(), /This form has your draft from/);
    const shared = pageOf((await worker.get(`${heldPath}/information-shared`)).text);
    assert.equal(shared('#informationShared').text(), 'Half written: police to confirm');
    assert.equal(pageOf((await worker.get(outcomePath)).text)('#findings').text(), 'Seen at school with the nurse');
    const nothingWritten = await db
      .selectFrom('strategy_discussions')
      .select(['held_date', 'information_shared'])
      .where('id', '=', planned!.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(nothingWritten, { held_date: null, information_shared: null });
    const stillOpen = await db
      .selectFrom('section_47_enquiries')
      .select(['end_date', 'findings'])
      .where('id', '=', enquiry.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stillOpen, { end_date: null, findings: null });
    const home = pageOf((await worker.get('/')).text);
    const drafts = home('#drafts')
      .next('ul')
      .find('a')
      .map((_, link) => `${home(link).attr('href')} ${home(link).text().trim()}`)
      .get();
    assert.ok(drafts.includes(`${heldPath} Strategy discussion held for Ben Lowe`), drafts.join('; '));
    assert.ok(drafts.includes(`${outcomePath} Section 47 enquiry outcome for Cora Lowe`), drafts.join('; '));

    // A form sent after the session was lost is kept, and restored once the person signs in again.
    const { agent: timedOut, token } = await timedOutAgent(harbour, 'team-manager', outcomePath);
    const lost = await timedOut
      .post(outcomePath)
      .type('form')
      .send({ _csrf: token, outcome: 'not-substantiated', outcomeReasons: 'No injuries seen' });
    assert.equal(lost.headers.location, '/sign-in');
    const signedIn = await submitForm(timedOut, '/sign-in', '/sign-in', {
      username: testUsername('team-manager'),
      password: testPassword,
    });
    assert.equal(signedIn.headers.location, outcomePath);
    const restored = pageOf((await timedOut.get(outcomePath)).text);
    assert.match(restored('.govuk-notification-banner').text(), /You were signed out before this form was sent/);
    assert.equal(restored('input[name="outcome"][value="not-substantiated"]').attr('checked'), 'checked');

    // Recording it held clears the draft.
    const recorded = await sendTaskList(worker, heldPath, {
      ...dateFields('heldDate', '2026-03-28'),
      agencies: 'police',
      decision: 'no-section-47',
    });
    assert.equal(recorded.status, 302);
    assert.doesNotMatch(pageOf((await worker.get('/')).text)('main').text(), /Strategy discussion held for Ben Lowe/);
    assert.equal((await worker.get(heldPath)).headers.location, `/children/${ben}/strategy-discussions/${planned!.id}`);
  });
});
