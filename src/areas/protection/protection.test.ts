import { areaJourneyOf } from '../../platform/records/byChild.ts';
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { amendmentsOf } from '../../platform/records/amend.ts';
import { withIntegrity } from '../../platform/records/integrity.ts';
import { dueItems } from '../../reports/timescales/index.ts';
import { childJourney } from '../../reports/timescales/journey.ts';
import { refusedAt, auditedChanges, recordsTestContext, type RecordsTestContext } from '../../app/testing/records.ts';
import { protectionChronology } from './chronology.ts';
import { addWorker } from '../workforce/index.ts';
import { protectionJourney } from './journey.ts';
import { initialConferenceNotRequired, numberOfPreviousPlans, planEndProblem } from './model.ts';
import {
  concludeSection47Enquiry,
  endChildProtectionPlan,
  recordCoreGroupMeeting,
  recordInitialConference,
  recordReviewConference,
  recordSeniorManagerReview,
  recordStrategyDiscussion,
  recordStrategyDiscussionHeld,
  correctStrategyDiscussionHeld,
  startSection47Enquiry,
} from './store.ts';

describe('child protection rules', () => {
  test('a plan ends after the day it starts (CIN census 8925, 8840)', () => {
    assert.equal(planEndProblem('2026-04-20', '2026-04-20'), 'The end date must be after the start date');
    assert.equal(planEndProblem('2026-04-20', '2026-04-19'), 'The end date must be after the start date');
    assert.equal(planEndProblem('2026-04-20', '2026-04-21'), undefined);
  });
  test('ICPCnotRequired follows from the outcome: only an initial conference keeps its clock', () => {
    assert.equal(initialConferenceNotRequired('initial-conference'), false);
    for (const outcome of ['child-in-need-plan', 'not-substantiated', 'no-further-action'] as const)
      assert.equal(initialConferenceNotRequired(outcome), true, outcome);
  });
  test('NumberOfPreviousCPP counts every earlier plan', () => {
    assert.equal(
      numberOfPreviousPlans(
        [{ startDate: '2019-01-10' }, { startDate: '2024-06-01' }, { startDate: '2026-04-20' }],
        '2026-04-20',
      ),
      2,
    );
  });
});

describe('strategy discussions to child protection plans', () => {
  let context: RecordsTestContext;
  before(async () => {
    context = await recordsTestContext();
  });
  after(() => context.database.close());

  test('strategy discussion → s47 → initial conference → plan → core group → review: rows, audit, journey, timescales, chronology', async () => {
    const child = await context.child('Kit', '2020-08-31');
    const decided = await recordStrategyDiscussion(context.db, context.actor, {
      childId: child,
      decisionDate: '2026-03-25',
    });
    const held = await recordStrategyDiscussionHeld(context.db, context.actor, {
      childId: child,
      id: decided.id,
      version: decided.version,
      heldDate: '2026-03-26',
      agencies: ['police', 'health', 'social-care', 'police'],
      decision: 'section-47',
    });
    assert.deepEqual(held.agencies, ['police', 'health', 'social-care']);
    const enquiry = await startSection47Enquiry(context.db, context.actor, {
      childId: child,
      strategyDiscussionId: decided.id,
    });
    assert.equal(enquiry.start_date, '2026-03-26');
    await concludeSection47Enquiry(context.db, context.actor, {
      childId: child,
      id: enquiry.id,
      version: 1,
      endDate: '2026-04-20',
      outcome: 'initial-conference',
      initialConferenceNotRequired: false,
    });
    // Concluding is progress, not a correction: no amendment kept, and a second conclusion is refused.
    assert.deepEqual(await amendmentsOf(context.db, 'section_47_enquiries', enquiry.id), []);
    await refusedAt(
      concludeSection47Enquiry(context.db, context.actor, {
        childId: child,
        id: enquiry.id,
        version: 2,
        endDate: '2026-04-21',
        outcome: 'no-further-action',
      }),
      'endDate',
    );
    const initial = {
      childId: child,
      section47EnquiryId: enquiry.id,
      date: '2026-04-20',
      outcome: 'plan',
      category: 'NEG',
      childParticipation: 'advocate',
      practiceRating: 'amber',
    } as const;
    const iro = await addWorker(context.db, {
      name: 'Iris Reviewer',
      role: 'iro',
      teamId: null,
      startDate: '2026-01-05',
    });
    const socialWorker = await addWorker(context.db, {
      name: 'Sam Social',
      role: 'social-worker',
      teamId: null,
      startDate: '2020-01-05',
    });
    const lateStarter = await addWorker(context.db, {
      name: 'Nia Newer',
      role: 'iro',
      teamId: null,
      startDate: '2026-04-21',
    });
    // The chair is an IRO in post on the day of the conference.
    for (const notTheChair of [socialWorker, lateStarter])
      await refusedAt(
        recordInitialConference(context.db, context.actor, { ...initial, chairId: notTheChair.id }),
        'chairId',
      );
    const { conference, plan } = await recordInitialConference(context.db, context.actor, {
      ...initial,
      chairId: iro.id,
    });
    assert.ok(plan);
    assert.equal(plan.start_date, '2026-04-20');
    assert.equal(plan.latest_category, 'NEG');
    assert.deepEqual([conference.chair_worker_id, conference.chair_id], [iro.id, null]);
    await recordCoreGroupMeeting(context.db, context.actor, { childId: child, planId: plan.id, date: '2026-05-06' });
    await recordReviewConference(context.db, context.actor, {
      childId: child,
      planId: plan.id,
      date: '2026-07-16',
      outcome: 'continue',
      category: 'MUL',
      childParticipation: 'attended',
    });
    await recordSeniorManagerReview(context.db, context.actor, {
      childId: child,
      id: plan.id,
      version: 2,
      reviewDate: '2027-01-15',
    });
    assert.deepEqual(
      (await auditedChanges(context, child, 'child_protection_plans')).map((row) => row.reason),
      [null, null, 'Senior manager review of the plan'],
    );
    assert.deepEqual(await amendmentsOf(context.db, 'child_protection_plans', plan.id), []);

    const journey = await areaJourneyOf(protectionJourney, context.db, child);
    const reviewId = journey.conferences[1]!.id;
    assert.deepEqual(journey, {
      strategyDiscussions: [{ id: String(decided.id), decisionDate: '2026-03-25', heldDate: '2026-03-26' }],
      strategyDiscussionActions: [],
      section47Enquiries: [{ id: String(enquiry.id), startDate: '2026-03-26' }],
      conferences: [
        { id: String(conference.id), type: 'initial', date: '2026-04-20', section47Id: String(enquiry.id) },
        { id: reviewId, type: 'review', date: '2026-07-16', planId: String(plan.id) },
      ],
      childProtectionPlans: [{ id: String(plan.id), startDate: '2026-04-20', seniorManagerReviewDate: '2027-01-15' }],
      coreGroupMeetings: [{ id: journey.coreGroupMeetings[0]!.id, planId: String(plan.id), date: '2026-05-06' }],
    });
    const lines = (rule: string) =>
      dueItems(
        childJourney({ id: String(child), dateOfBirth: '2020-08-31' }, journey),
        Temporal.PlainDate.from('2026-09-01'),
      )
        .filter((item) => item.rule === rule)
        .map((item) => [item.dueOn.toString(), item.status]);
    // Timescales.md: strategy discussion Thu 26 Mar 2026 → ICPC due Mon 20 Apr 2026 (Easter skipped).
    assert.deepEqual(lines('icpc'), [['2026-04-20', 'met']]);
    assert.deepEqual(lines('strategy-discussion'), [['2026-03-26', 'met']]);
    assert.deepEqual(lines('first-core-group'), [['2026-05-05', 'metLate']]);
    assert.deepEqual(lines('cp-review'), [
      ['2026-07-20', 'met'],
      ['2027-01-16', 'due'],
    ]);

    assert.deepEqual(
      (await protectionChronology(context.db, [child])).map((event) => [event.date, event.type, event.summary]),
      [
        [
          '2026-03-26',
          'strategy-discussion',
          'Strategy discussion held with police, health, children’s social care: Section 47 enquiry',
        ],
        ['2026-03-26', 'section-47', 'Section 47 enquiry started'],
        [
          '2026-04-20',
          'section-47',
          'Section 47 enquiry concluded: Concerns substantiated: initial child protection conference',
        ],
        [
          '2026-04-20',
          'conference',
          'Initial child protection conference: child protection plan (Neglect). Child’s participation: views conveyed by an advocate',
        ],
        ['2026-04-20', 'child-protection-plan', 'Child protection plan started: Neglect'],
        ['2026-05-06', 'core-group', 'Core group meeting'],
        [
          '2026-07-16',
          'conference',
          'Review child protection conference: plan continues (Multiple categories). Child’s participation: attended',
        ],
      ],
    );
  });

  test('a section 47 enquiry starts only from a strategy discussion held about the child, on its date', async () => {
    const [child, other] = [await context.child('Lou'), await context.child('Max')];
    const pending = await recordStrategyDiscussion(context.db, context.actor, {
      childId: child,
      decisionDate: '2026-03-02',
    });
    await refusedAt(
      startSection47Enquiry(context.db, context.actor, { childId: child, strategyDiscussionId: pending.id }),
      'strategyDiscussionId',
    );
    await refusedAt(
      startSection47Enquiry(context.db, context.actor, { childId: other, strategyDiscussionId: pending.id }),
      'strategyDiscussionId',
    );
    await refusedAt(
      recordStrategyDiscussion(context.db, context.actor, {
        childId: child,
        decisionDate: '2026-03-02',
        heldDate: '2026-03-01',
      }),
      'heldDate',
      'strategy_discussions_held_after_decision',
    );
    await refusedAt(
      recordStrategyDiscussion(context.db, context.actor, {
        childId: child,
        decisionDate: '2026-03-02',
        decision: 'section-47',
      }),
      'heldDate',
    );
    const held = await recordStrategyDiscussion(context.db, context.actor, {
      childId: child,
      decisionDate: '2026-03-02',
      heldDate: '2026-03-03',
      agencies: ['police'],
      decision: 'section-47',
    });
    // The database refuses an enquiry dated away from its discussion, whatever the caller does.
    await refusedAt(
      withIntegrity(
        context.db
          .insertInto('section_47_enquiries')
          .values({ child_id: child, strategy_discussion_id: held.id, start_date: '2026-03-04' })
          .execute(),
      ),
      'strategyDiscussionId',
      'section_47_enquiries_strategy_discussion',
    );
    const enquiry = await startSection47Enquiry(context.db, context.actor, {
      childId: child,
      strategyDiscussionId: held.id,
    });
    await refusedAt(
      concludeSection47Enquiry(context.db, context.actor, {
        childId: child,
        id: enquiry.id,
        version: 1,
        endDate: '2026-03-10',
        outcome: 'initial-conference',
        initialConferenceNotRequired: true,
      }),
      'initialConferenceNotRequired',
    );
    // A discussion already held is not held again: its date is changed by a correction, with a reason.
    await refusedAt(
      recordStrategyDiscussionHeld(context.db, context.actor, {
        childId: child,
        id: held.id,
        version: 1,
        heldDate: '2026-03-02',
        agencies: ['police'],
        decision: 'section-47',
      }),
      'heldDate',
    );
    // Correcting the date the discussion was held moves the enquiry's start with it.
    await correctStrategyDiscussionHeld(context.db, context.actor, {
      reason: 'Held the day before: the minutes were dated wrongly',
      childId: child,
      id: held.id,
      version: 1,
      heldDate: '2026-03-02',
      agencies: ['police'],
      decision: 'section-47',
    });
    const moved = await context.db
      .selectFrom('section_47_enquiries')
      .select('start_date')
      .where('id', '=', enquiry.id)
      .executeTakeFirstOrThrow();
    assert.equal(moved.start_date, '2026-03-02');
  });

  test('plans: one open, none overlapping, no end on or before the start; a second plan after the first ended is allowed', async () => {
    const child = await context.child('Ned');
    const first = await recordInitialConference(context.db, context.actor, {
      childId: child,
      date: '2025-01-10',
      outcome: 'plan',
      category: 'EMO',
    });
    await refusedAt(
      recordInitialConference(context.db, context.actor, {
        childId: child,
        date: '2025-06-01',
        outcome: 'plan',
        category: 'PHY',
      }),
      'startDate',
    );
    await refusedAt(
      recordInitialConference(context.db, context.actor, { childId: child, date: '2025-06-01', outcome: 'plan' }),
      'category',
      'child_protection_conferences_category_for_plan',
    );
    await refusedAt(
      recordInitialConference(context.db, context.actor, {
        childId: child,
        date: '2025-06-01',
        outcome: 'continue' as never,
      }),
      'outcome',
    );
    await refusedAt(
      endChildProtectionPlan(context.db, context.actor, {
        childId: child,
        id: first.plan!.id,
        version: 1,
        endDate: '2025-01-10',
        reason: 'Moved away',
      }),
      'endDate',
    );
    await refusedAt(
      withIntegrity(
        context.db
          .updateTable('child_protection_plans')
          .set({ end_date: '2025-01-09' })
          .where('id', '=', first.plan!.id)
          .execute(),
      ),
      'endDate',
      'child_protection_plans_end_after_start',
    );
    await recordReviewConference(context.db, context.actor, {
      childId: child,
      planId: first.plan!.id,
      date: '2025-04-08',
      outcome: 'end-plan',
    });
    const ended = await context.db
      .selectFrom('child_protection_plans')
      .select(['end_date', 'version'])
      .where('id', '=', first.plan!.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(ended, { end_date: '2025-04-08', version: 2 });
    await refusedAt(
      recordReviewConference(context.db, context.actor, {
        childId: child,
        planId: first.plan!.id,
        date: '2025-05-08',
        outcome: 'end-plan',
      }),
      'planId',
    );
    // A backdated plan inside the first one overlaps it.
    await refusedAt(
      recordInitialConference(context.db, context.actor, {
        childId: child,
        date: '2025-03-01',
        outcome: 'plan',
        category: 'NEG',
      }),
      'startDate',
      'child_protection_plans_no_overlap',
    );
    // A later plan, even starting the day the first ended (NumberOfPreviousCPP counts the first).
    const second = await recordInitialConference(context.db, context.actor, {
      childId: child,
      date: '2025-04-08',
      outcome: 'plan',
      category: 'NEG',
    });
    assert.equal(second.plan?.initial_category, 'NEG');
    const plans = (await areaJourneyOf(protectionJourney, context.db, child)).childProtectionPlans;
    assert.equal(numberOfPreviousPlans(plans, second.plan.start_date), 1);
    const events = await protectionChronology(context.db, [child]);
    assert.deepEqual(
      events.filter((event) => event.type === 'child-protection-plan').map((event) => [event.date, event.summary]),
      [
        ['2025-01-10', 'Child protection plan started: Emotional abuse'],
        ['2025-04-08', 'Child protection plan ended (latest category Emotional abuse)'],
        ['2025-04-08', 'Child protection plan started: Neglect'],
      ],
    );
  });
});
