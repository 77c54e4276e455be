import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import {
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type TestHarbour,
  dateFields,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { recordInitialConference, recordStrategyDiscussion, startSection47Enquiry } from '../protection/store.ts';
import { overduePlanActions } from './actions.ts';
import { childTimescales } from '../../reports/journey/childTimescales.ts';
import { recordPlanAction, startChildInNeedPlan } from './store.ts';

describe('child in need plans, plan actions and visits pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  const newChild = async (forename: string) =>
    (
      await createChild(harbour.database.db, actor, {
        forename,
        surname: 'Example',
        dateOfBirth: '2015-02-01',
        sex: 'U',
      })
    ).id;
  const childOnPlan = async (forename: string) => {
    const childId = await newChild(forename);
    const plan = await startChildInNeedPlan(harbour.database.db, actor, { childId, startDate: '2026-03-02' });
    return { childId, plan, path: `/children/${childId}/child-in-need-plans/${plan.id}` };
  };

  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'team-manager');
  });
  after(() => harbour.close());

  test('a CIN plan with actions: overdue ones tagged and counted, marked done; reviewed and ended; rows and audit', async () => {
    harbour.clock.setToday('2026-03-02');
    const childId = await newChild('Ros');
    const worker = await signedInAgent(harbour, 'practitioner');
    const started = await submitForm(
      worker,
      `/children/${childId}/child-in-need-plans/new`,
      `/children/${childId}/child-in-need-plans/new`,
      dateFields('startDate', '2026-03-02'),
    );
    const plan = await harbour.database.db
      .selectFrom('cin_plans')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    const path = `/children/${childId}/child-in-need-plans/${plan.id}`;
    assert.equal(started.headers.location, path);
    const page = pageOf((await worker.get(path)).text);
    assert.equal(page('.govuk-caption-l').text(), 'Ros Example');
    assert.equal(page('.govuk-back-link').attr('href'), `/children/${childId}`);

    const added = await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: 'School to share attendance weekly',
      ownerName: 'Head of year',
      ...dateFields('dueDate', '2026-03-20'),
    });
    assert.equal(added.headers.location, path);
    await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: 'Parenting course',
      ownerName: 'Mum',
      ...dateFields('dueDate', '2026-04-30'),
    });
    const actions = await harbour.database.db
      .selectFrom('plan_actions')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      actions.map((action) => [action.plan_type, action.recorded_date, action.due_date, action.owner_name]),
      [
        ['child-in-need', '2026-03-02', '2026-03-20', 'Head of year'],
        ['child-in-need', '2026-03-02', '2026-04-30', 'Mum'],
      ],
    );

    harbour.clock.setToday('2026-03-25');
    const late = pageOf((await worker.get(path)).text);
    assert.equal(late('#overdue-actions').text(), '1 overdue action');
    assert.deepEqual(
      late('tbody tr')
        .filter((_i, row) => late(row).text().includes('Overdue'))
        .map((_i, row) => late(row).find('td').first().text().trim())
        .get(),
      ['School to share attendance weekly'],
    );
    assert.deepEqual(
      (
        await overduePlanActions(childTimescales, harbour.database.db, childId, Temporal.PlainDate.from('2026-03-25'))
      ).map((action) => action.id),
      [actions[0]!.id],
    );

    const actionPath = `${path}/actions/${actions[0]!.id}`;
    const done = await submitForm(worker, actionPath, `${actionPath}/done`, {
      ...dateFields('doneDate', '2026-03-24'),
      version: '1',
    });
    assert.equal(done.headers.location, path);
    const afterDone = pageOf((await worker.get(path)).text);
    assert.equal(afterDone('#overdue-actions').length, 0);
    assert.match(afterDone('tbody').text(), /Done\s+24 March 2026/);
    assert.deepEqual(
      await overduePlanActions(childTimescales, harbour.database.db, childId, Temporal.PlainDate.from('2026-03-25')),
      [],
    );

    const stale = await submitForm(worker, `${path}/reviews/new`, `${actionPath}/done`, {
      ...dateFields('doneDate', '2026-03-25'),
      version: '1',
    });
    assert.equal(stale.status, 409);
    assert.match(pageOf(stale.text)('#record').text(), /24 March 2026/);

    const reviewed = await submitForm(worker, `${path}/reviews/new`, `${path}/reviews/new`, {
      ...dateFields('reviewDate', '2026-03-25'),
      notes: 'Attendance improving',
    });
    assert.equal(reviewed.headers.location, path);
    const ended = await submitForm(worker, `${path}/end`, `${path}/end`, {
      ...dateFields('endDate', '2026-03-25'),
      version: '1',
    });
    assert.equal(ended.headers.location, path);
    const endedPlan = await harbour.database.db
      .selectFrom('cin_plans')
      .selectAll()
      .where('id', '=', plan.id)
      .executeTakeFirstOrThrow();
    assert.equal(endedPlan.end_date, '2026-03-25');
    const endedAgain = await submitForm(worker, `${path}/reviews/new`, `${path}/end`, {
      ...dateFields('endDate', '2026-03-24'),
      version: '1',
    });
    assert.equal(endedAgain.status, 409, 'a stale version is refused');
    assert.equal(
      (
        await harbour.database.db
          .selectFrom('cin_plans')
          .select('end_date')
          .where('id', '=', plan.id)
          .executeTakeFirstOrThrow()
      ).end_date,
      '2026-03-25',
    );

    const changes = await harbour.database.db
      .selectFrom('audit_events')
      .select(['record_type', 'reason'])
      .where('child_id', '=', String(childId))
      .where('event', '=', 'child-record-changed')
      .where('record_type', '<>', 'children')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      changes.map((row) => [row.record_type, row.reason]),
      [
        ['cin_plans', null],
        ['plan_actions', null],
        ['plan_actions', null],
        ['plan_actions', 'Plan action done'],
        ['cin_plan_reviews', null],
        ['cin_plans', 'Child in need plan ended'],
      ],
    );
  });

  test('an action needs a real due date: blank or "ongoing" is refused with the GOV.UK error, what was typed kept', async () => {
    harbour.clock.setToday('2026-03-10');
    const { path } = await childOnPlan('Sol');
    const worker = await signedInAgent(harbour, 'practitioner');
    const blank = await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: 'Health visitor to visit',
      ownerName: 'Health visitor',
    });
    assert.equal(blank.status, 400);
    assert.deepEqual(errorSummary(blank.text), ['Enter a due date for the action: “ongoing” is not a due date']);
    assert.equal(pageOf(blank.text)('a[href="#dueDate-day"]').length, 1);
    assert.equal(pageOf(blank.text)('#ownerName').val(), 'Health visitor');
    const ongoing = await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: '',
      ownerName: '',
      'dueDate-day': 'ongoing',
    });
    assert.deepEqual(errorSummary(ongoing.text), [
      'Enter what the action is',
      'Enter who owns the action',
      'Enter a due date for the action: “ongoing” is not a due date',
    ]);
    assert.equal(pageOf(ongoing.text)('#dueDate-day').val(), 'ongoing');
    const before = await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: 'Review',
      ownerName: 'Social worker',
      ...dateFields('dueDate', '2026-03-09'),
    });
    assert.deepEqual(errorSummary(before.text), ['The due date must be on or after the date the action was recorded']);
    const unreal = await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: 'Review',
      ownerName: 'Social worker',
      ...dateFields('dueDate', '2026-02-30'),
    });
    assert.deepEqual(errorSummary(unreal.text), ['The due date must be a real date']);
    assert.equal(
      await harbour.database.db
        .selectFrom('plan_actions')
        .select('id')
        .where('plan_id', '=', Number(path.split('/').at(-1)))
        .executeTakeFirst(),
      undefined,
    );

    const ended = await submitForm(worker, `${path}/end`, `${path}/end`, {
      ...dateFields('endDate', '2026-03-01'),
      version: '1',
    });
    assert.deepEqual(errorSummary(ended.text), ['The end date must be on or after the start date']);
    const review = await submitForm(worker, `${path}/reviews/new`, `${path}/reviews/new`, {
      ...dateFields('reviewDate', '2026-03-11'),
      notes: 'kept',
    });
    assert.deepEqual(errorSummary(review.text), ['The date of the review must be today or in the past']);
    assert.equal(pageOf(review.text)('#notes').text(), 'kept');
    const second = await submitForm(
      worker,
      `${path}/reviews/new`,
      `/children/${path.split('/')[2]}/child-in-need-plans/new`,
      dateFields('startDate', '2026-03-05'),
    );
    assert.equal(second.status, 400);
    assert.deepEqual(errorSummary(second.text), ['This overlaps another child in need plan for the child']);
  });

  test('a child protection plan’s actions use the same pages and show on the CP plan', async () => {
    harbour.clock.setToday('2026-05-06');
    const childId = await newChild('Tam');
    const db = harbour.database.db;
    const discussion = await recordStrategyDiscussion(db, actor, {
      childId,
      decisionDate: '2026-03-26',
      heldDate: '2026-03-26',
      agencies: ['police'],
      decision: 'section-47',
    });
    const enquiry = await startSection47Enquiry(db, actor, { childId, strategyDiscussionId: discussion.id });
    const { plan } = await recordInitialConference(db, actor, {
      childId,
      section47EnquiryId: enquiry.id,
      date: '2026-04-17',
      outcome: 'plan',
      category: 'NEG',
    });
    await recordPlanAction(db, actor, {
      childId,
      planType: 'child-protection',
      planId: plan!.id,
      description: 'GP appointment',
      ownerName: 'Dad',
      recordedDate: '2026-04-17',
      dueDate: '2026-04-30',
    });
    const planPath = `/children/${childId}/child-protection-plans/${plan!.id}`;
    const worker = await signedInAgent(harbour, 'practitioner');
    const added = await submitForm(worker, `${planPath}/actions/new`, `${planPath}/actions/new`, {
      description: 'Nursery place',
      ownerName: 'Early years',
      ...dateFields('dueDate', '2026-06-01'),
    });
    assert.equal(added.headers.location, planPath);
    const page = pageOf((await worker.get(planPath)).text);
    assert.equal(page('#overdue-actions').text(), '1 overdue action');
    assert.match(
      page('#actions').nextAll('table').first().text(),
      /GP appointment[\s\S]*Overdue[\s\S]*Nursery place[\s\S]*To do/,
    );
    assert.equal(
      (await worker.get(`/children/${childId}/child-in-need-plans/${plan!.id}/actions/new`)).status,
      404,
      'a CP plan is not a CIN plan',
    );
  });

  test('bad visits are refused with GOV.UK errors; unknown records are not found', async () => {
    harbour.clock.setToday('2026-04-02');
    const { childId, plan } = await childOnPlan('Vic');
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `/children/${childId}/visits/new`;
    const bad = await submitForm(worker, form, form, {
      ...dateFields('visitDate', '2026-04-03'),
      purpose: 'social',
      childSeen: 'no',
      seenAlone: 'yes',
      visitedBy: '999999',
      wishesAndFeelings: 'kept',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), [
      'The date of the visit must be today or in the past',
      'Select the purpose of the visit',
    ]);
    assert.equal(pageOf(bad.text)('#wishesAndFeelings').text(), 'kept');
    const alone = await submitForm(worker, form, form, {
      ...dateFields('visitDate', '2026-04-02'),
      purpose: 'other',
      childSeen: 'no',
      seenAlone: 'yes',
      visitedBy: '999999',
    });
    assert.deepEqual(errorSummary(alone.text), ['A child seen alone must also be recorded as seen']);
    const seen = await submitForm(worker, form, form, {
      ...dateFields('visitDate', '2026-04-02'),
      purpose: 'other',
      visitedBy: '',
    });
    assert.deepEqual(errorSummary(seen.text), ['Select yes if the child was seen', 'Select who visited from the list']);

    const other = await newChild('Wyn');
    assert.equal((await worker.get(`/children/${other}/child-in-need-plans/${plan.id}`)).status, 404);
    assert.equal((await worker.get(`/children/${childId}/child-in-need-plans/999999/actions/1`)).status, 404);
    assert.equal((await worker.get(`/children/${childId}/child-protection-plans/${plan.id}`)).status, 404);
    assert.equal((await worker.get('/children/999999/visits')).status, 404);
    assert.equal(
      (
        await submitForm(worker, form, `/children/${other}/child-in-need-plans/${plan.id}/end`, {
          ...dateFields('endDate', '2026-04-01'),
          version: '1',
        })
      ).status,
      404,
    );
  });
});
