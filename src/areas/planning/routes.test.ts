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
  tableRows,
  testHarbour,
  type TestHarbour,
  dateFields,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { recordInitialConference, recordStrategyDiscussion, startSection47Enquiry } from '../protection/store.ts';
import { overduePlanActions } from './actions.ts';
import { childTimescales } from '../../reports/journey/childTimescales.ts';
import { recordPlanAction, startChildInNeedPlan } from './store.ts';
import { addAdultToNetwork } from '../people/store.ts';
import { addWorker } from '../workforce/index.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import { testTeamName } from '../../app/testing/testDatabase.ts';

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
      ownerKind: 'professional',
      ownerName: 'Ms Head',
      ownerAgency: 'Riverside Academy',
      ...dateFields('dueDate', '2026-03-20'),
    });
    assert.equal(added.headers.location, path);
    const { adult: mum } = await addAdultToNetwork(harbour.database.db, actor, {
      childId,
      relationship: 'parent',
      forename: 'Dana',
      surname: 'Example',
    });
    await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: 'Parenting course',
      ownerKind: 'family-member',
      ownerAdultId: String(mum.id),
      ...dateFields('dueDate', '2026-04-30'),
    });
    const actions = await harbour.database.db
      .selectFrom('plan_actions')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      actions.map((action) => [
        action.plan_type,
        action.recorded_date,
        action.due_date,
        action.owner_kind,
        action.owner_name,
        action.owner_agency,
        action.owner_adult_id,
      ]),
      [
        ['child-in-need', '2026-03-02', '2026-03-20', 'professional', 'Ms Head', 'Riverside Academy', null],
        ['child-in-need', '2026-03-02', '2026-04-30', 'family-member', null, null, mum.id],
      ],
    );
    assert.deepEqual(
      tableRows((await worker.get(path)).text, '#actions + table').map((row) => row.split('|')[1]),
      ['Ms Head, Riverside Academy', 'Dana Example, family member'],
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
        ['adults', null],
        ['relationships', null],
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
    const visitor = { ownerKind: 'professional', ownerName: 'Hana Visitor', ownerAgency: 'Health visiting service' };
    const blank = await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: 'Health visitor to visit',
      ...visitor,
    });
    assert.equal(blank.status, 400);
    assert.deepEqual(errorSummary(blank.text), ['Enter a due date for the action: “ongoing” is not a due date']);
    assert.equal(pageOf(blank.text)('a[href="#dueDate-day"]').length, 1);
    assert.equal(pageOf(blank.text)('#ownerName').val(), 'Hana Visitor');
    assert.equal(pageOf(blank.text)('#ownerAgency').val(), 'Health visiting service');
    const ongoing = await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: '',
      ownerName: '',
      'dueDate-day': 'ongoing',
    });
    assert.deepEqual(errorSummary(ongoing.text), [
      'Enter what the action is',
      'Select who owns the action',
      'Enter a due date for the action: “ongoing” is not a due date',
    ]);
    assert.equal(pageOf(ongoing.text)('#dueDate-day').val(), 'ongoing');
    const before = await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: 'Review',
      ...visitor,
      ...dateFields('dueDate', '2026-03-09'),
    });
    assert.deepEqual(errorSummary(before.text), ['The due date must be on or after the date the action was recorded']);
    const unreal = await submitForm(worker, `${path}/actions/new`, `${path}/actions/new`, {
      description: 'Review',
      ...visitor,
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
      owner: { kind: 'professional', name: 'Dr Rhian Example', agency: 'Riverside GP practice' },
      recordedDate: '2026-04-17',
      dueDate: '2026-04-30',
    });
    const planPath = `/children/${childId}/child-protection-plans/${plan!.id}`;
    const worker = await signedInAgent(harbour, 'practitioner');
    const added = await submitForm(worker, `${planPath}/actions/new`, `${planPath}/actions/new`, {
      description: 'Nursery place',
      ownerKind: 'professional',
      ownerName: 'Eve Years',
      ownerAgency: 'Early years service',
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

  test('an action’s owner is a worker, a family member or a named professional, never words alone; bad choices are refused with what was typed kept', async () => {
    harbour.clock.setToday('2026-03-10');
    const db = harbour.database.db;
    const { childId, path } = await childOnPlan('Ned');
    const ours = await findOrCreateTeam(db, testTeamName);
    const another = await findOrCreateTeam(db, 'Another locality team');
    const wren = await addWorker(db, {
      name: 'Wren Worker',
      role: 'social-worker',
      teamId: ours.id,
      startDate: '2020-01-01',
    });
    // In no team and with no account: still in the workforce, listed last.
    await addWorker(db, { name: 'Ash Agency', role: 'social-worker', teamId: null, startDate: '2020-01-01' });
    await addWorker(db, { name: 'Abe Adviser', role: 'personal-adviser', teamId: another.id, startDate: '2020-01-01' });
    const leaver = await addWorker(db, {
      name: 'Lou Left',
      role: 'social-worker',
      teamId: ours.id,
      startDate: '2020-01-01',
    });
    await db.updateTable('workers').set({ end_date: '2026-03-01' }).where('id', '=', leaver.id).execute();
    const { adult: dad } = await addAdultToNetwork(db, actor, {
      childId,
      relationship: 'parent',
      forename: 'Dev',
      surname: 'Example',
    });
    const { adult: stranger } = await addAdultToNetwork(db, actor, {
      childId: await newChild('Other'),
      relationship: 'parent',
      forename: 'Sid',
      surname: 'Stranger',
    });
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `${path}/actions/new`;
    const page = pageOf((await worker.get(form)).text);
    const options = (select: string) =>
      page(`${select} option`)
        .map((_i, option) => page(option).text())
        .get();
    assert.deepEqual(options('#ownerWorkerId'), [
      'Select the worker',
      'Wren Worker (Test locality team)',
      'Abe Adviser (Another locality team)',
      'Ash Agency',
    ]);
    assert.deepEqual(options('#ownerAdultId'), ['Select the family member', 'Dev Example (parent)']);

    const add = (fields: Record<string, string>) =>
      submitForm(worker, form, form, {
        description: 'Take Ned to the dentist',
        ...dateFields('dueDate', '2026-03-31'),
        ...fields,
      });
    const refusals: [Record<string, string>, string[]][] = [
      [{ ownerName: 'Ongoing' }, ['Select who owns the action']],
      [{ ownerKind: 'ongoing', ownerName: 'Ongoing' }, ['Select who owns the action']],
      [{ ownerKind: 'professional', ownerName: 'Ongoing' }, ['Enter the professional’s agency']],
      [{ ownerKind: 'professional', ownerAgency: 'School' }, ['Enter the professional’s name']],
      [{ ownerKind: 'worker', ownerWorkerId: '' }, ['Select the worker who owns the action']],
      [{ ownerKind: 'worker', ownerWorkerId: 'abc' }, ['Select the worker who owns the action']],
      [{ ownerKind: 'worker', ownerWorkerId: '999999' }, ['Select the worker from the list: someone in post']],
      [{ ownerKind: 'worker', ownerWorkerId: String(leaver.id) }, ['Select the worker from the list: someone in post']],
      [{ ownerKind: 'family-member', ownerAdultId: '' }, ['Select the family member who owns the action']],
      [
        { ownerKind: 'family-member', ownerAdultId: String(stranger.id) },
        ['Select the family member from the list: an adult in the child’s family network'],
      ],
    ];
    for (const [fields, errors] of refusals) {
      const refused = await add(fields);
      assert.equal(refused.status, 400, JSON.stringify(fields));
      assert.deepEqual(errorSummary(refused.text), errors, JSON.stringify(fields));
      const shown = pageOf(refused.text);
      assert.equal(shown('#description').text(), 'Take Ned to the dentist');
      assert.equal(shown('#dueDate-day').val(), '31');
      if (fields.ownerKind === 'professional') {
        assert.equal(shown('input[name="ownerKind"][value="professional"]').attr('checked'), 'checked');
        assert.equal(shown('#ownerName').val() ?? '', fields.ownerName ?? '');
      }
    }
    assert.equal(
      await db.selectFrom('plan_actions').select('id').where('child_id', '=', childId).executeTakeFirst(),
      undefined,
    );

    assert.equal((await add({ ownerKind: 'worker', ownerWorkerId: String(wren.id) })).status, 302);
    assert.equal((await add({ ownerKind: 'family-member', ownerAdultId: String(dad.id) })).status, 302);
    const owners = tableRows((await worker.get(path)).text, '#actions + table').map((row) => row.split('|')[1]);
    assert.deepEqual(owners, ['Wren Worker, Test locality team', 'Dev Example, family member']);
    const [first] = await db
      .selectFrom('plan_actions')
      .select('id')
      .where('child_id', '=', childId)
      .orderBy('id')
      .execute();
    assert.match(
      pageOf((await worker.get(`${path}/actions/${first!.id}`)).text)('#record').text(),
      /Wren Worker, Test locality team/,
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
      'Vic Example can only have been seen alone if they were seen',
      'Select how Vic Example’s wishes and feelings were gathered',
    ]);
    assert.equal(pageOf(bad.text)('#wishesAndFeelings').text(), 'kept');
    const alone = await submitForm(worker, form, form, {
      ...dateFields('visitDate', '2026-04-02'),
      purpose: 'other',
      childSeen: 'no',
      seenAlone: 'yes',
      visitedBy: '999999',
    });
    assert.deepEqual(errorSummary(alone.text), ['Vic Example can only have been seen alone if they were seen']);
    const seen = await submitForm(worker, form, form, {
      ...dateFields('visitDate', '2026-04-02'),
      purpose: 'other',
      visitedBy: '',
    });
    assert.deepEqual(errorSummary(seen.text), [
      'Select yes if Vic Example was seen',
      'Select who visited from the list',
    ]);

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
