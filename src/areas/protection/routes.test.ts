import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testPassword, testTeamName, testUsername } from '../../app/testing/testDatabase.ts';
import {
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  timedOutAgent,
  type Agent,
  type TestHarbour,
  dateFields,
  sendTaskList,
  csrfTokenFrom,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { recordInitialConference, recordStrategyDiscussion, startSection47Enquiry } from './store.ts';
import { addWorker } from '../workforce/index.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';

type Worker = Awaited<ReturnType<typeof addWorker>>;

describe('strategy discussion, section 47, conferences and child protection plan pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let iro: Actor;
  /** The independent reviewing officer the test IRO's account is, and one with no account. */
  let iroWorker: Worker;
  let otherIro: Worker;
  /** A social worker: no chair. */
  let socialWorker: Worker;
  const newChild = async (forename: string) =>
    (
      await createChild(harbour.database.db, actor, {
        forename,
        surname: 'Example',
        dateOfBirth: '2020-08-31',
        sex: 'U',
      })
    ).id;
  /** A child whose strategy discussion on Thu 26 Mar 2026 started a section 47 enquiry. */
  const childInEnquiry = async (forename: string) => {
    const childId = await newChild(forename);
    const discussion = await recordStrategyDiscussion(harbour.database.db, actor, {
      childId,
      decisionDate: '2026-03-26',
      heldDate: '2026-03-26',
      agencies: ['police'],
      decision: 'section-47',
    });
    const enquiry = await startSection47Enquiry(harbour.database.db, actor, {
      childId,
      strategyDiscussionId: discussion.id,
    });
    return { childId, discussion, enquiry, path: `/children/${childId}/section-47-enquiries/${enquiry.id}` };
  };
  /** What a senior manager's review records beside its date. */
  const direction = {
    finding: 'Drinking continues; the children are still alone at night.',
    direction: 'Core group to agree a safety plan by 1 March 2027.',
  };
  const conference = (chairId: number, extra: Record<string, string> = {}) => ({
    ...dateFields('conferenceDate', '2026-04-17'),
    outcome: 'plan',
    category: 'NEG',
    childParticipation: 'advocate',
    parentsParticipation: 'did-not-attend',
    decisionReasons: 'Injuries unexplained; the parents did not attend to explain them.',
    chairId: String(chairId),
    ...extra,
  });

  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'team-manager');
    iro = await testActor(harbour.database.db, 'iro');
    const db = harbour.database.db;
    const reviewing = await findOrCreateTeam(db, 'Independent reviewing service');
    const ours = await findOrCreateTeam(db, testTeamName);
    iroWorker = await addWorker(db, {
      name: 'Iris Reviewer',
      role: 'iro',
      teamId: reviewing.id,
      startDate: '2020-01-01',
      userId: iro.userId,
    });
    otherIro = await addWorker(db, { name: 'Olu Chair', role: 'iro', teamId: reviewing.id, startDate: '2020-01-01' });
    socialWorker = await addWorker(db, {
      name: 'Sam Social',
      role: 'social-worker',
      teamId: ours.id,
      startDate: '2020-01-01',
    });
  });
  after(() => harbour.close());

  test('strategy discussion → s47 → ICPC counted against 15 working days → plan, core group, review: rows and audit', async () => {
    harbour.clock.setToday('2026-03-30');
    const childId = await newChild('Kit');
    const worker = await signedInAgent(harbour, 'practitioner');
    const newPath = `/children/${childId}/strategy-discussions/new`;
    const recorded = await submitForm(worker, newPath, newPath, {
      ...dateFields('decisionDate', '2026-03-25'),
      ...dateFields('heldDate', '2026-03-26'),
      agencies: ['police', 'health', 'social-care'],
      decision: 'section-47',
    });
    assert.equal(recorded.status, 302);
    const discussion = await harbour.database.db
      .selectFrom('strategy_discussions')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [discussion.decision_date, discussion.held_date, discussion.agencies, discussion.decision],
      ['2026-03-25', '2026-03-26', ['police', 'health', 'social-care'], 'section-47'],
    );
    const discussionPath = `/children/${childId}/strategy-discussions/${discussion.id}`;
    assert.equal(recorded.headers.location, discussionPath);
    assert.equal(pageOf((await worker.get(discussionPath)).text)('.govuk-caption-l').text(), 'Kit Example');

    const started = await submitForm(worker, discussionPath, `${discussionPath}/section-47`, {});
    const enquiry = await harbour.database.db
      .selectFrom('section_47_enquiries')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    assert.equal(enquiry.start_date, '2026-03-26');
    const enquiryPath = `/children/${childId}/section-47-enquiries/${enquiry.id}`;
    assert.equal(started.headers.location, enquiryPath);

    // Strategy discussion Thu 26 Mar 2026 → 15 working days, over Easter → Mon 20 Apr 2026; 13 are left on Mon 30 Mar.
    assert.match(
      pageOf((await worker.get(enquiryPath)).text)('#timescales').text(),
      /13 working days left of 15: due by 20 April 2026/,
    );
    harbour.clock.setToday('2026-04-22');
    const overdue = pageOf((await worker.get(enquiryPath)).text);
    assert.match(
      overdue('#timescales').text(),
      /Overdue\s+2 working days overdue: due by 20 April 2026 \(15 working days\)/,
    );
    assert.match(
      overdue('.govuk-warning-text').text(),
      /Initial child protection conference is overdue by 2 working days/,
    );

    const chair = await signedInAgent(harbour, 'iro');
    const form = pageOf((await chair.get(`${enquiryPath}/conference`)).text);
    assert.equal(form('#chairId').val(), String(iroWorker.id), 'the chair recording it is the chair');
    assert.equal(form('input[name="practiceRating"]').length, 3);
    const held = await submitForm(
      chair,
      `${enquiryPath}/conference`,
      `${enquiryPath}/conference`,
      conference(iroWorker.id, { ...dateFields('conferenceDate', '2026-04-22'), practiceRating: 'amber' }),
    );
    assert.equal(held.status, 302);
    const plan = await harbour.database.db
      .selectFrom('child_protection_plans')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    const planPath = `/children/${childId}/child-protection-plans/${plan.id}`;
    assert.equal(held.headers.location, planPath);
    assert.deepEqual([plan.start_date, plan.initial_category], ['2026-04-22', 'NEG']);
    const icpc = await harbour.database.db
      .selectFrom('child_protection_conferences')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [icpc.outcome, icpc.child_participation, icpc.practice_rating, icpc.chair_worker_id, icpc.chair_id],
      ['plan', 'advocate', 'amber', iroWorker.id, null],
    );
    assert.match(
      pageOf((await worker.get(enquiryPath)).text)('#timescales').text(),
      /Met late\s+on 22 April 2026, due by 20 April 2026/,
    );

    const planPage = pageOf((await worker.get(planPath)).text);
    assert.match(planPage('#record').text(), /NEG: Neglect/);
    assert.match(planPage('#timescales').text(), /First core group meeting|Child protection visit/);

    const core = await submitForm(worker, `${planPath}/core-groups/new`, `${planPath}/core-groups/new`, {
      ...dateFields('meetingDate', '2026-04-22'),
      notes: 'Core group agreed the plan',
    });
    assert.equal(core.headers.location, planPath);
    harbour.clock.setToday('2026-07-10');
    const review = await submitForm(
      chair,
      `${planPath}/review-conference`,
      `${planPath}/review-conference`,
      conference(iroWorker.id, {
        ...dateFields('conferenceDate', '2026-07-10'),
        outcome: 'continue',
        category: 'EMO',
        practiceRating: 'green',
      }),
    );
    assert.equal(review.headers.location, planPath);
    const reviewed = await harbour.database.db
      .selectFrom('child_protection_plans')
      .selectAll()
      .where('id', '=', plan.id)
      .executeTakeFirstOrThrow();
    assert.equal(reviewed.latest_category, 'EMO');
    assert.match(pageOf((await worker.get(planPath)).text)('table').text(), /Plan continues.*Iris Reviewer/s);

    const changes = await harbour.database.db
      .selectFrom('audit_events')
      .select('record_type')
      .where('child_id', '=', String(childId))
      .where('event', '=', 'child-record-changed')
      .where('record_type', '<>', 'children')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      changes.map((row) => row.record_type),
      [
        'strategy_discussions',
        'section_47_enquiries',
        'child_protection_conferences',
        'child_protection_plans',
        'core_group_meetings',
        'child_protection_conferences',
        'child_protection_plans',
      ],
    );
  });

  test('only those who may chair give the RAG rating; a practitioner names the chair from the IROs in post', async () => {
    harbour.clock.setToday('2026-04-20');
    const { childId, path } = await childInEnquiry('Lee');
    const leaver = await addWorker(harbour.database.db, {
      name: 'Lou Left',
      role: 'iro',
      teamId: iroWorker.team_id,
      startDate: '2020-01-01',
    });
    await harbour.database.db
      .updateTable('workers')
      .set({ end_date: '2026-04-01' })
      .where('id', '=', leaver.id)
      .execute();
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = pageOf((await worker.get(`${path}/conference`)).text);
    assert.equal(form('input[name="practiceRating"]').length, 0);
    assert.equal(form('#chairId').val(), '');
    // The IROs of the workforce, whether or not they sign in; not social workers, accounts or leavers.
    assert.deepEqual(
      form('#chairId option')
        .map((_i, option) => form(option).text())
        .get(),
      [
        'Select the chair',
        'Iris Reviewer (Independent reviewing service)',
        'Olu Chair (Independent reviewing service)',
      ],
    );
    const post = (chairId: string, extra: Record<string, string> = {}) =>
      submitForm(worker, `${path}/conference`, `${path}/conference`, {
        ...conference(iroWorker.id),
        chairId,
        ...extra,
      });
    const nobody = await post('');
    assert.deepEqual(errorSummary(nobody.text), ['Select the chair from the list']);
    assert.equal(pageOf(nobody.text)('input[name="childParticipation"][value="advocate"]').attr('checked'), 'checked');
    const notAnIro = 'Select the chair from the list: an independent reviewing officer in post on the day';
    for (const refused of [String(socialWorker.id), String(leaver.id), '999999'])
      assert.deepEqual(errorSummary((await post(refused)).text), [notAnIro], refused);
    for (const garbled of ['abc', '-3', '99999999999']) assert.equal((await post(garbled)).status, 400, garbled);
    const held = await post(String(otherIro.id), { practiceRating: 'red' });
    assert.equal(held.status, 302);
    const row = await harbour.database.db
      .selectFrom('child_protection_conferences')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.chair_worker_id, row.practice_rating], [otherIro.id, null]);
  });

  test('the conference form keeps a draft, and one sent after the session was lost is restored after signing in', async () => {
    harbour.clock.setToday('2026-04-20');
    const { path } = await childInEnquiry('May');
    const chair = await signedInAgent(harbour, 'iro');
    const saved = await submitForm(chair, `${path}/conference`, `${path}/conference`, {
      ...dateFields('conferenceDate', '2026-04-17'),
      category: 'PHY',
      action: 'save-draft',
    });
    assert.equal(saved.headers.location, `${path}/conference`);
    const draft = pageOf((await chair.get(`${path}/conference`)).text);
    assert.match(draft('.govuk-notification-banner').text(), /This form has your draft from/);
    assert.equal(draft('input[name="category"][value="PHY"]').attr('checked'), 'checked');
    assert.equal(
      await harbour.database.db
        .selectFrom('child_protection_conferences')
        .select('id')
        .where('section_47_enquiry_id', '=', Number(path.split('/').at(-1)))
        .executeTakeFirst(),
      undefined,
    );

    const { agent: timedOut, token } = await timedOutAgent(harbour, 'service-manager', `${path}/conference`);
    assert.equal(
      (
        await timedOut
          .post(`${path}/conference`)
          .type('form')
          .send({ _csrf: token, outcome: 'no-plan', childParticipation: 'too-young' })
      ).headers.location,
      '/sign-in',
    );
    const signedIn = await submitForm(timedOut, '/sign-in', '/sign-in', {
      username: testUsername('service-manager'),
      password: testPassword,
    });
    assert.equal(signedIn.headers.location, `${path}/conference`);
    const restored = pageOf((await timedOut.get(`${path}/conference`)).text);
    assert.match(restored('.govuk-notification-banner').text(), /You were signed out before this form was sent/);
    assert.equal(restored('input[name="childParticipation"][value="too-young"]').attr('checked'), 'checked');
  });

  test('bad input gets GOV.UK errors with what was entered kept; stale versions are refused', async () => {
    harbour.clock.setToday('2026-03-30');
    const childId = await newChild('Ned');
    const worker = await signedInAgent(harbour, 'practitioner');
    const newPath = `/children/${childId}/strategy-discussions/new`;
    const future = await submitForm(worker, newPath, newPath, {
      ...dateFields('decisionDate', '2026-03-31'),
      agencies: ['police', 'spies'],
    });
    assert.equal(future.status, 400);
    assert.deepEqual(errorSummary(future.text), [
      'The date of the decision must be today or in the past',
      'Select the agencies from the list',
    ]);
    assert.equal(pageOf(future.text)('input[name="agencies"][value="police"]').attr('checked'), 'checked');
    const early = await submitForm(worker, newPath, newPath, {
      ...dateFields('decisionDate', '2026-03-25'),
      ...dateFields('heldDate', '2026-03-24'),
      decision: 'section-47',
    });
    assert.deepEqual(errorSummary(early.text), [
      'The date held must be on or after the date of the decision to hold it',
    ]);
    const undecided = await submitForm(worker, newPath, newPath, {
      ...dateFields('decisionDate', '2026-03-25'),
      ...dateFields('heldDate', '2026-03-26'),
    });
    assert.deepEqual(errorSummary(undecided.text), ['Select whether a section 47 enquiry will be made']);
    const notHeld = await submitForm(worker, newPath, newPath, {
      ...dateFields('decisionDate', '2026-03-25'),
      decision: 'maybe',
    });
    assert.deepEqual(errorSummary(notHeld.text), ['Select whether a section 47 enquiry will be made']);
    assert.deepEqual(errorSummary((await submitForm(worker, newPath, newPath, {})).text), [
      'Enter the date of the decision',
    ]);

    const planned = await submitForm(worker, newPath, newPath, dateFields('decisionDate', '2026-03-27'));
    const discussionPath = planned.headers.location!;
    // A colleague starts recording it held; the worker records it first.
    const colleague = await signedInAgent(harbour, 'team-manager');
    await submitForm(colleague, `${discussionPath}/held/attendees`, `${discussionPath}/held/attendees`, {
      ...dateFields('heldDate', '2026-03-30'),
      agencies: 'health',
    });
    const held = await sendTaskList(worker, `${discussionPath}/held`, {
      ...dateFields('heldDate', '2026-03-27'),
      agencies: 'police',
      decision: 'no-section-47',
    });
    assert.equal(held.status, 302);
    // Once held, its form goes back to the discussion: the colleague's late answers overwrite nothing.
    const stale = await colleague
      .post(`${discussionPath}/held`)
      .type('form')
      .send({ _csrf: await csrfTokenFrom(colleague, '/sign-out') });
    assert.equal(stale.headers.location, discussionPath);
    const row = await harbour.database.db
      .selectFrom('strategy_discussions')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.held_date, row.decision, row.version], ['2026-03-27', 'no-section-47', 2]);
    const noEnquiry = await submitForm(worker, newPath, `${discussionPath}/section-47`, {});
    assert.deepEqual(errorSummary(noEnquiry.text), [
      'Select a strategy discussion held about this child that decided on a section 47 enquiry',
    ]);

    const { path } = await childInEnquiry('Ora');
    const chair = await signedInAgent(harbour, 'iro');
    const bad = await submitForm(
      chair,
      `${path}/conference`,
      `${path}/conference`,
      conference(iroWorker.id, {
        ...dateFields('conferenceDate', '2026-03-20'),
        category: '',
        practiceRating: 'purple',
      }),
    );
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), [
      'The date of the conference must be on or after the start of the section 47 enquiry',
      'Select red, amber or green for the practice seen',
    ]);
    const noCategory = await submitForm(
      chair,
      `${path}/conference`,
      `${path}/conference`,
      conference(iroWorker.id, {
        ...dateFields('conferenceDate', '2026-03-27'),
        category: '',
        practiceRating: 'green',
      }),
    );
    assert.deepEqual(errorSummary(noCategory.text), ['Select the category of abuse for the plan']);
    assert.equal(
      pageOf(noCategory.text)('input[name="childParticipation"][value="advocate"]').attr('checked'),
      'checked',
    );

    const practice = {
      findings: 'Home visited with police.\n\nNo injuries seen; the account was consistent.',
      childsAccount: '“Mum shouted but nobody hit me.”',
      outcomeReasons: 'The concern was not substantiated; support offered through the CIN plan.',
    };
    const concluded = await submitForm(worker, `${path}/outcome`, `${path}/outcome`, {
      ...dateFields('endDate', '2026-03-25'),
      outcome: 'initial-conference',
      ...practice,
      version: '1',
    });
    assert.deepEqual(errorSummary(concluded.text), [
      'The date the enquiry concluded must be on or after the start date',
    ]);
    const unknownOutcome = await submitForm(worker, `${path}/outcome`, `${path}/outcome`, {
      ...dateFields('endDate', '2026-03-27'),
      outcome: 'guess',
      version: '1',
    });
    assert.deepEqual(errorSummary(unknownOutcome.text), [
      'Select the outcome of the enquiry',
      'Enter what the enquiry found',
      'Enter the reasons for the outcome',
    ]);
    const none = await submitForm(worker, `${path}/outcome`, `${path}/outcome`, {
      ...dateFields('endDate', '2026-03-27'),
      outcome: 'not-substantiated',
      ...practice,
      version: '1',
    });
    assert.equal(none.status, 302);
    const concludedPage = pageOf((await worker.get(path)).text);
    assert.match(concludedPage.text(), /No initial conference is needed/);
    assert.match(concludedPage.text(), /The child’s account\s*“Mum shouted but nobody hit me\.”/);
    assert.equal(
      concludedPage('h3:contains("What the enquiry found") ~ p.govuk-body').first().text(),
      'Home visited with police.',
    );
  });

  /** A child whose initial conference on Fri 17 Apr 2026 started a child protection plan. */
  const childOnPlan = async (forename: string) => {
    const { childId, enquiry } = await childInEnquiry(forename);
    const { plan } = await recordInitialConference(harbour.database.db, iro, {
      childId,
      section47EnquiryId: enquiry.id,
      date: '2026-04-17',
      outcome: 'plan',
      category: 'NEG',
    });
    return { childId, planId: plan!.id, planPath: `/children/${childId}/child-protection-plans/${plan!.id}` };
  };
  const planLinks = async (agent: Agent, planPath: string) => {
    const $ = pageOf((await agent.get(planPath)).text);
    return $('#plan-links a')
      .map((_i, link) => $(link).text())
      .get();
  };
  const versionOn = async (agent: Agent, path: string) =>
    String(pageOf((await agent.get(path)).text)('input[name="version"]').val());

  test('a plan ended away from a conference: end date and reason written, shown and audited; bad input kept; stale versions refused', async () => {
    harbour.clock.setToday('2026-06-01');
    const { childId, planId, planPath } = await childOnPlan('Rae');
    const worker = await signedInAgent(harbour, 'practitioner');
    const manager = await signedInAgent(harbour, 'team-manager');
    const endPath = `${planPath}/end`;
    assert.deepEqual(await planLinks(worker, planPath), ['End this plan']);
    assert.equal(await versionOn(worker, endPath), '1');

    const empty = await submitForm(worker, endPath, endPath, { version: '1' });
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), ['Enter the end date', 'Enter why the plan ended']);
    const future = await submitForm(worker, endPath, endPath, {
      ...dateFields('endDate', '2026-06-02'),
      reason: 'Moved to another council',
      version: '1',
    });
    assert.deepEqual(errorSummary(future.text), ['The end date must be today or in the past']);
    assert.equal(pageOf(future.text)('#reason').text(), 'Moved to another council');
    assert.deepEqual(
      [
        pageOf(future.text)('#endDate-day').val(),
        pageOf(future.text)('#endDate-month').val(),
        pageOf(future.text)('#endDate-year').val(),
      ],
      ['2', '6', '2026'],
    );
    const early = await submitForm(worker, endPath, endPath, {
      ...dateFields('endDate', '2026-04-16'),
      reason: 'Moved to another council',
      version: '1',
    });
    assert.deepEqual(errorSummary(early.text), ['The end date must be after the start date']);
    const sameDay = await submitForm(worker, endPath, endPath, {
      ...dateFields('endDate', '2026-04-17'),
      reason: 'Moved to another council',
      version: '1',
    });
    assert.deepEqual(errorSummary(sameDay.text), ['The end date must be after the start date']);
    const noReason = await submitForm(worker, endPath, endPath, {
      ...dateFields('endDate', '2026-05-29'),
      reason: '  ',
      version: '1',
    });
    assert.deepEqual(errorSummary(noReason.text), ['Enter why the plan ended']);
    assert.equal(pageOf(noReason.text)('#endDate-day').val(), '29');
    const tooLong = await submitForm(worker, endPath, endPath, {
      ...dateFields('endDate', '2026-05-29'),
      reason: 'x'.repeat(2001),
      version: '1',
    });
    assert.deepEqual(errorSummary(tooLong.text), ['Why the plan ended must be 2000 characters or fewer']);

    // The manager's review moves the plan on while the worker has the form open.
    const reviewPath = `${planPath}/senior-manager-review`;
    assert.equal(
      (
        await submitForm(manager, reviewPath, reviewPath, {
          ...dateFields('reviewDate', '2026-05-20'),
          ...direction,
          version: '1',
        })
      ).status,
      302,
    );
    const stale = await submitForm(worker, endPath, endPath, {
      ...dateFields('endDate', '2026-05-29'),
      reason: 'Moved to another council',
      version: '1',
    });
    assert.equal(stale.status, 409);
    assert.match(errorSummary(stale.text)[0]!, /Someone else changed this record/);
    assert.equal(pageOf(stale.text)('input[name="version"]').val(), '2');
    assert.equal(pageOf(stale.text)('#reason').text(), 'Moved to another council');
    assert.equal(
      (
        await harbour.database.db
          .selectFrom('child_protection_plans')
          .select('end_date')
          .where('id', '=', planId)
          .executeTakeFirstOrThrow()
      ).end_date,
      null,
    );

    const ended = await submitForm(worker, endPath, endPath, {
      ...dateFields('endDate', '2026-05-29'),
      reason: 'Moved to another council',
      version: '2',
    });
    assert.equal(ended.status, 302);
    assert.equal(ended.headers.location, planPath);
    const row = await harbour.database.db
      .selectFrom('child_protection_plans')
      .selectAll()
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.end_date, row.end_reason, row.version], ['2026-05-29', 'Moved to another council', 3]);
    // Ending a plan is progress, not a correction: the reason is the plan's, no amendment kept.
    const amendments = await harbour.database.db
      .selectFrom('record_amendments')
      .selectAll()
      .where('table_name', '=', 'child_protection_plans')
      .where('record_id', '=', planId)
      .execute();
    assert.deepEqual(amendments, []);
    const audited = await harbour.database.db
      .selectFrom('audit_events')
      .select(['reason', 'detail'])
      .where('child_id', '=', String(childId))
      .where('event', '=', 'child-record-changed')
      .where('record_type', '=', 'child_protection_plans')
      .where('record_id', '=', String(planId))
      .orderBy('id')
      .execute();
    // Started by the conference, reviewed, then ended: each change audited with why.
    assert.deepEqual(
      audited.map((event) => event.reason),
      [null, 'Senior manager review of the plan', 'Moved to another council'],
    );
    assert.deepEqual(audited[2]!.detail, { fields: ['end_date', 'end_reason'] });

    const planPage = pageOf((await worker.get(planPath)).text);
    assert.match(planPage('.govuk-notification-banner').text(), /The child protection plan has ended/);
    assert.match(planPage('#record').text(), /Ended\s+29 May 2026\s+Why the plan ended\s+Moved to another council/);
    assert.equal(planPage('#plan-links').length, 0, 'an ended plan offers neither link');
    assert.equal(planPage('#timescales').length, 0);

    const endAgain = pageOf((await worker.get(endPath)).text);
    assert.match(endAgain('main').text(), /A plan that has ended cannot be ended again/);
    assert.equal(endAgain('form[action$="/end"]').length, 0);
    const again = await submitForm(worker, `${planPath}/core-groups/new`, endPath, {
      ...dateFields('endDate', '2026-06-01'),
      reason: 'Turned 18',
      version: '3',
    });
    assert.equal(again.status, 400);
    assert.deepEqual(errorSummary(again.text), ['This child protection plan has already ended']);
    assert.equal(
      (
        await harbour.database.db
          .selectFrom('child_protection_plans')
          .select('end_date')
          .where('id', '=', planId)
          .executeTakeFirstOrThrow()
      ).end_date,
      '2026-05-29',
    );
  });

  test("a manager records the senior manager's review at 9 months; a practitioner may not", async () => {
    // Plan started Fri 17 Apr 2026: the senior manager reviews it by 17 Jan 2027.
    harbour.clock.setToday('2027-02-01');
    const { childId, planId, planPath } = await childOnPlan('Sam');
    const reviewPath = `${planPath}/senior-manager-review`;
    const worker = await signedInAgent(harbour, 'practitioner');
    assert.equal((await worker.get(reviewPath)).status, 403);
    assert.equal(
      (
        await submitForm(worker, `${planPath}/end`, reviewPath, {
          ...dateFields('reviewDate', '2027-01-25'),
          version: '1',
        })
      ).status,
      403,
    );

    const manager = await signedInAgent(harbour, 'team-manager');
    const seniorReviewOnChildPage = async () => {
      const $ = pageOf((await manager.get(`/children/${childId}`)).text);
      return $('tbody tr')
        .filter((_i, row) => $(row).text().includes('Senior manager review of the child protection plan'))
        .text();
    };
    assert.match(await seniorReviewOnChildPage(), /17 January 2027\s+Overdue/);
    assert.deepEqual(await planLinks(manager, planPath), ["Record the senior manager's review", 'End this plan']);

    const future = await submitForm(manager, reviewPath, reviewPath, {
      ...dateFields('reviewDate', '2027-02-02'),
      ...direction,
      version: '1',
    });
    assert.equal(future.status, 400);
    assert.deepEqual(errorSummary(future.text), ['The date of the review must be today or in the past']);
    assert.equal(pageOf(future.text)('#reviewDate-day').val(), '2');
    const early = await submitForm(manager, reviewPath, reviewPath, {
      ...dateFields('reviewDate', '2026-04-16'),
      ...direction,
      version: '1',
    });
    assert.deepEqual(errorSummary(early.text), ['The date of the review must be on or after the start of the plan']);
    assert.deepEqual(errorSummary((await submitForm(manager, reviewPath, reviewPath, { version: '1' })).text), [
      'Enter the date of the review',
      'Enter what you found',
      'Enter the direction you give',
    ]);

    const reviewed = await submitForm(manager, reviewPath, reviewPath, {
      ...dateFields('reviewDate', '2027-01-25'),
      ...direction,
      version: await versionOn(manager, reviewPath),
    });
    assert.equal(reviewed.status, 302);
    assert.equal(reviewed.headers.location, planPath);
    const row = await harbour.database.db
      .selectFrom('child_protection_plans')
      .selectAll()
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.senior_manager_review_date, row.end_date], ['2027-01-25', null]);
    const planPage = pageOf((await worker.get(planPath)).text);
    assert.match(planPage('#record').text(), /Senior manager review\s+25 January 2027/);
    assert.match(
      planPage('#record').text(),
      /Senior manager’s direction\s+Core group to agree a safety plan by 1 March 2027\./,
    );
    assert.match(
      planPage('#timescales').text(),
      /Senior manager review of the child protection plan\s+Met late\s+on 25 January 2027, due by 17 January 2027/,
    );
    assert.equal(await seniorReviewOnChildPage(), '');
    const stale = await submitForm(manager, reviewPath, reviewPath, {
      ...dateFields('reviewDate', '2027-01-26'),
      ...direction,
      version: '1',
    });
    assert.equal(stale.status, 409);
    assert.match(pageOf(stale.text)('#record').text(), /25 January 2027/);
  });

  test('a review conference that ends the plan ends it; unknown records are not found', async () => {
    harbour.clock.setToday('2026-06-01');
    const { childId, enquiry } = await childInEnquiry('Pip');
    const { plan } = await recordInitialConference(harbour.database.db, iro, {
      childId,
      section47EnquiryId: enquiry.id,
      date: '2026-04-17',
      outcome: 'plan',
      category: 'SAB',
    });
    const planPath = `/children/${childId}/child-protection-plans/${plan!.id}`;
    const chair = await signedInAgent(harbour, 'iro');
    const sameDay = await submitForm(
      chair,
      `${planPath}/review-conference`,
      `${planPath}/review-conference`,
      conference(iroWorker.id, { outcome: 'end-plan', practiceRating: 'green' }),
    );
    assert.deepEqual(errorSummary(sameDay.text), [
      'A conference that ends the plan must be after the day the plan started',
    ]);
    const ended = await submitForm(
      chair,
      `${planPath}/review-conference`,
      `${planPath}/review-conference`,
      conference(iroWorker.id, {
        ...dateFields('conferenceDate', '2026-06-01'),
        outcome: 'end-plan',
        category: '',
        practiceRating: 'green',
      }),
    );
    assert.equal(ended.status, 302);
    const row = await harbour.database.db
      .selectFrom('child_protection_plans')
      .selectAll()
      .where('id', '=', plan!.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.end_date, row.latest_category], ['2026-06-01', 'SAB']);

    const other = await newChild('Quin');
    const worker = await signedInAgent(harbour, 'practitioner');
    assert.equal((await worker.get(`/children/${other}/child-protection-plans/${plan!.id}`)).status, 404);
    assert.equal((await worker.get(`/children/${childId}/section-47-enquiries/999999`)).status, 404);
    assert.equal((await worker.get(`/children/${childId}/strategy-discussions/x`)).status, 404);
    assert.equal((await worker.get('/children/999999/strategy-discussions/new')).status, 404);
    assert.equal(
      (
        await submitForm(
          worker,
          `/children/${other}/strategy-discussions/new`,
          `/children/${other}/child-protection-plans/${plan!.id}/core-groups/new`,
          dateFields('meetingDate', '2026-05-01'),
        )
      ).status,
      404,
    );
  });
});
