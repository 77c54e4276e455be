import { areaJourneyOf } from '../../platform/records/byChild.ts';
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { amendmentsOf } from '../../platform/records/amend.ts';
import { withIntegrity } from '../../platform/records/integrity.ts';
import { inDateOrder } from '../../platform/records/chronology.ts';
import { dueItems } from '../../reports/timescales/index.ts';
import { childJourney } from '../../reports/timescales/journey.ts';
import { refusedAt, auditedChanges, recordsTestContext, type RecordsTestContext } from '../../app/testing/records.ts';
import { recordInitialConference } from '../protection/store.ts';
import { planningChronology } from './chronology.ts';
import { planningJourney } from './journey.ts';
import { recordVisit } from '../visits/store.ts';
import { visitsJourney } from '../visits/journey.ts';
import { visitsChronology } from '../visits/chronology.ts';
import { planActionDueDate } from './model.ts';
import {
  completePlanAction,
  endChildInNeedPlan,
  recordChildInNeedPlanReview,
  recordPlanAction,
  startChildInNeedPlan,
  type NewPlanAction,
} from './store.ts';
import { addWorker } from '../workforce/index.ts';
import { addAdultToNetwork, linkAdult } from '../people/store.ts';

const aWorker = (context: RecordsTestContext, name: string) =>
  addWorker(context.db, { name, role: 'social-worker', teamId: null, startDate: '2020-01-01' });

describe('plan action due dates', () => {
  test('a blank or "ongoing" due date is refused', () => {
    for (const entered of ['', '   ', null, undefined, 'ongoing', 'Ongoing ']) {
      assert.deepEqual(planActionDueDate(entered, '2026-01-05'), {
        message: 'Enter a due date for the action: “ongoing” is not a due date',
      });
    }
  });
  test('the due date is a real date on or after the day the action was recorded', () => {
    assert.ok('message' in planActionDueDate('2026-02-30', '2026-01-05'));
    assert.ok('message' in planActionDueDate('next week', '2026-01-05'));
    assert.ok('message' in planActionDueDate('2026-01-04', '2026-01-05'));
    assert.deepEqual(planActionDueDate(' 2026-02-02 ', '2026-01-05'), { dueDate: '2026-02-02' });
  });
});

describe('child in need plans, plan actions and visits', () => {
  let context: RecordsTestContext;
  before(async () => {
    context = await recordsTestContext();
  });
  after(() => context.database.close());

  test('a CIN plan with a review, actions and visits: rows, audit, history, journey, timescales, chronology', async () => {
    const child = await context.child('Ola');
    const plan = await startChildInNeedPlan(context.db, context.actor, { childId: child, startDate: '2026-01-05' });
    await recordChildInNeedPlanReview(context.db, context.actor, {
      childId: child,
      planId: plan.id,
      date: '2026-03-23',
    });
    const done = await recordPlanAction(context.db, context.actor, {
      childId: child,
      planType: 'child-in-need',
      planId: plan.id,
      description: 'Book a GP appointment for Ola',
      owner: { kind: 'professional', name: 'Dr Rhian Example', agency: 'Riverside GP practice' },
      recordedDate: '2026-01-05',
      dueDate: '2026-01-19',
    });
    const open = await recordPlanAction(context.db, context.actor, {
      childId: child,
      planType: 'child-in-need',
      planId: plan.id,
      description: 'Referral to the young carers service',
      owner: { kind: 'worker', workerId: (await aWorker(context, 'Sol Worker')).id },
      recordedDate: '2026-01-05',
      dueDate: '2026-02-02',
    });
    await completePlanAction(context.db, context.actor, {
      childId: child,
      id: done.id,
      version: done.version,
      doneDate: '2026-01-16',
    });
    // Doing an action is progress, not a correction: no amendment is kept.
    assert.deepEqual(await amendmentsOf(context.db, 'plan_actions', done.id), []);
    await recordVisit(context.db, context.actor, {
      childId: child,
      date: '2026-01-20',
      purpose: 'child-in-need',
      childSeen: true,
      seenAlone: true,
      wishesAndFeelings: 'Ola wants to see her dad more',
    });
    await recordVisit(context.db, context.actor, {
      childId: child,
      date: '2026-02-10',
      purpose: 'child-in-need',
      childSeen: false,
    });
    await recordVisit(context.db, context.actor, {
      childId: child,
      date: '2026-02-11',
      purpose: 'other',
      childSeen: true,
    });
    assert.equal((await auditedChanges(context, child, 'visits')).length, 3);

    const journey = {
      ...(await areaJourneyOf(planningJourney, context.db, child)),
      ...(await areaJourneyOf(visitsJourney, context.db, child)),
    };
    assert.deepEqual(journey.childInNeedPlans, [{ id: String(plan.id), startDate: '2026-01-05' }]);
    assert.deepEqual(journey.childInNeedPlanReviews, [
      { id: journey.childInNeedPlanReviews[0]!.id, planId: String(plan.id), date: '2026-03-23' },
    ]);
    assert.deepEqual(
      journey.visits.map(({ date, purpose, childSeen }) => [date, purpose, childSeen]),
      [
        ['2026-01-20', 'child-in-need', true],
        ['2026-02-10', 'child-in-need', false],
      ],
    );
    assert.deepEqual(journey.planActions, [
      {
        id: String(done.id),
        planType: 'child-in-need',
        planId: String(plan.id),
        description: 'Book a GP appointment for Ola',
        recordedDate: '2026-01-05',
        dueDate: '2026-01-19',
        doneDate: '2026-01-16',
      },
      {
        id: String(open.id),
        planType: 'child-in-need',
        planId: String(plan.id),
        description: 'Referral to the young carers service',
        recordedDate: '2026-01-05',
        dueDate: '2026-02-02',
      },
    ]);

    const items = dueItems(
      childJourney({ id: String(child), dateOfBirth: '2018-05-01' }, journey),
      Temporal.PlainDate.from('2026-03-01'),
    );
    const lines = (rule: string) =>
      items.filter((item) => item.rule === rule).map((item) => [item.dueOn.toString(), item.status]);
    assert.deepEqual(lines('plan-action'), [
      ['2026-01-19', 'met'],
      ['2026-02-02', 'overdue'],
    ]);
    // Seen on 20 Jan; the unseen visit on 10 Feb does not count: next due 20 working days later, Tue 17 Feb.
    assert.deepEqual(lines('cin-visit'), [
      ['2026-02-02', 'met'],
      ['2026-02-17', 'overdue'],
    ]);
    // Reviewed every 12 weeks from the start: due Mon 30 Mar (the review on 23 Mar is after the as-of date).
    assert.deepEqual(lines('cin-review'), [['2026-03-30', 'due']]);

    await endChildInNeedPlan(context.db, context.actor, {
      childId: child,
      id: plan.id,
      version: plan.version,
      endDate: '2026-04-30',
    });
    assert.deepEqual(
      inDateOrder([
        ...(await planningChronology(context.db, [child])),
        ...(await visitsChronology(context.db, [child])),
      ]).map((event) => [event.date, event.type, event.summary]),
      [
        ['2026-01-05', 'child-in-need-plan', 'Child in need plan started'],
        [
          '2026-01-05',
          'plan-action',
          'Action added to the child in need plan: Book a GP appointment for Ola (due 19 January 2026)',
        ],
        [
          '2026-01-05',
          'plan-action',
          'Action added to the child in need plan: Referral to the young carers service (due 2 February 2026)',
        ],
        ['2026-01-16', 'plan-action', 'Action done: Book a GP appointment for Ola'],
        [
          '2026-01-20',
          'visit',
          'Visit (child in need visit): child seen alone. Wishes and feelings: Ola wants to see her dad more',
        ],
        ['2026-02-10', 'visit', 'Visit (child in need visit): child not seen'],
        ['2026-02-11', 'visit', 'Visit (other visit): child seen'],
        ['2026-03-23', 'child-in-need-plan-review', 'Child in need plan reviewed'],
        ['2026-04-30', 'child-in-need-plan', 'Child in need plan ended'],
      ],
    );
  });

  test('integrity: due dates, owners, the plan belongs to the child, seen alone means seen, CIN plans do not overlap', async () => {
    const [child, other] = [await context.child('Pip'), await context.child('Quin')];
    const plan = await startChildInNeedPlan(context.db, context.actor, { childId: child, startDate: '2026-01-05' });
    const action = {
      childId: child,
      planType: 'child-in-need' as const,
      planId: plan.id,
      description: 'Attend parenting course',
      owner: { kind: 'professional', name: 'Kim Example', agency: 'Family centre' },
      recordedDate: '2026-01-05',
    } satisfies Partial<NewPlanAction>;
    await refusedAt(recordPlanAction(context.db, context.actor, { ...action, dueDate: 'ongoing' }), 'dueDate');
    await refusedAt(recordPlanAction(context.db, context.actor, { ...action, dueDate: '' }), 'dueDate');
    // The database refuses a missing due date too.
    await refusedAt(
      withIntegrity(
        context.db
          .insertInto('plan_actions')
          .values({
            ...{
              child_id: child,
              plan_type: 'child-in-need',
              plan_id: plan.id,
              description: 'x',
              owner_kind: 'professional',
              owner_name: 'y',
              owner_agency: 'z',
              recorded_date: '2026-01-05',
            },
            due_date: null as never,
          })
          .execute(),
      ),
      'due_date',
    );
    // An owner is one of the kinds, with what names them: never words alone.
    const owned = (owner: NewPlanAction['owner']) =>
      recordPlanAction(context.db, context.actor, { ...action, owner, dueDate: '2026-02-01' });
    await refusedAt(
      owned({ kind: 'professional', name: 'Ongoing', agency: ' ' }),
      'ownerKind',
      'plan_actions_owner_of_kind',
    );
    const leaver = await aWorker(context, 'Lee Left');
    await context.db.updateTable('workers').set({ end_date: '2026-01-05' }).where('id', '=', leaver.id).execute();
    await refusedAt(owned({ kind: 'worker', workerId: leaver.id }), 'ownerWorkerId');
    await refusedAt(owned({ kind: 'worker', workerId: 999999 }), 'ownerWorkerId');
    const { adult: quinsMother } = await addAdultToNetwork(context.db, context.actor, {
      childId: other,
      relationship: 'parent',
      forename: 'Rae',
      surname: 'Example',
    });
    await refusedAt(owned({ kind: 'family-member', adultId: quinsMother.id }), 'ownerAdultId');
    await linkAdult(context.db, context.actor, {
      childId: child,
      adultId: quinsMother.id,
      relationship: 'step-parent',
    });
    const familyOwned = await owned({ kind: 'family-member', adultId: quinsMother.id });
    assert.deepEqual(
      [familyOwned.owner_kind, familyOwned.owner_adult_id, familyOwned.owner_name],
      ['family-member', quinsMother.id, null],
    );
    await refusedAt(
      recordPlanAction(context.db, context.actor, { ...action, childId: other, dueDate: '2026-02-01' }),
      'planId',
      'plan_actions_cin_plan',
    );
    await refusedAt(
      recordPlanAction(context.db, context.actor, { ...action, planType: 'child-protection', dueDate: '2026-02-01' }),
      'planId',
      'plan_actions_child_protection_plan',
    );
    const cpp = await recordInitialConference(context.db, context.actor, {
      childId: child,
      date: '2026-01-07',
      outcome: 'plan',
      category: 'NEG',
    });
    await recordPlanAction(context.db, context.actor, {
      ...action,
      planType: 'child-protection',
      planId: cpp.plan!.id,
      dueDate: '2026-02-01',
    });

    await refusedAt(
      recordVisit(context.db, context.actor, {
        childId: child,
        date: '2026-01-10',
        purpose: 'child-protection',
        childSeen: false,
        seenAlone: true,
      }),
      'seenAlone',
      'visits_seen_alone_needs_seen',
    );
    await refusedAt(
      recordVisit(context.db, context.actor, {
        childId: child,
        date: '2026-01-10',
        purpose: 'respite' as never,
        childSeen: true,
      }),
      'purpose',
    );

    await refusedAt(
      startChildInNeedPlan(context.db, context.actor, { childId: child, startDate: '2026-02-01' }),
      'startDate',
    );
    await refusedAt(
      endChildInNeedPlan(context.db, context.actor, { childId: child, id: plan.id, version: 1, endDate: '2026-01-04' }),
      'endDate',
      'cin_plans_end_after_start',
    );
    await endChildInNeedPlan(context.db, context.actor, {
      childId: child,
      id: plan.id,
      version: 1,
      endDate: '2026-03-01',
    });
    await refusedAt(
      startChildInNeedPlan(context.db, context.actor, { childId: child, startDate: '2026-02-01' }),
      'startDate',
      'cin_plans_no_overlap',
    );
    await startChildInNeedPlan(context.db, context.actor, { childId: child, startDate: '2026-03-01' });
  });
});
