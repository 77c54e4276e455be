import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VersionConflictError } from '../../core/errors.ts';
import { refusedAt, auditedChanges, recordsTestContext, type RecordsTestContext } from '../../app/testing/records.ts';
import { testActor } from '../../app/testing/actors.ts';
import { authoriseAssessment } from '../assessment/store.ts';
import { buildCinCensus } from '../../reports/returns/cin/build.ts';
import { collectionYear, type CollectionYear } from '../../reports/returns/returnDates.ts';
import { journeyOf, linesFor } from '../../reports/timescales/testing.ts';
import type { User } from '../../platform/access/schema.ts';
import { familyHelpChronology } from './chronology.ts';
import { familyHelpJourney } from './journey.ts';
import { leadingOrInTheTeam } from './workingWith.ts';
import {
  addPlanAction,
  addTeamMember,
  agreeFamilyPlan,
  completeTargetedAssessment,
  endFamilyHelp,
  markPlanActionDone,
  recordPlanReview,
  startFamilyHelp,
  startFamilyHelpAssessment,
  stepUpToChildProtection,
} from './store.ts';

describe('Family Help', () => {
  let context: RecordsTestContext;
  let lead: number;
  let partner: User;
  before(async () => {
    context = await recordsTestContext();
    lead = context.actor.userId!;
    partner = await context.db
      .insertInto('users')
      .values({
        username: 'dsl-oakfield',
        display_name: 'Dana Shah (Oakfield Primary DSL)',
        roles: ['partner'],
        organisation: 'Oakfield Primary School',
        role_at_organisation: 'Designated safeguarding lead',
        access_ends_on: '2026-12-31',
        password_hash: 'x',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
  after(() => context.database.close());

  const start = (childIds: number[], startDate: string, leadPractitionerId = lead) =>
    startFamilyHelp(context.db, context.actor, { childIds, startDate, source: '2A', leadPractitionerId });

  /** The authorised single assessment a section 17 family help assessment became. */
  async function authorise(assessmentId: number, childId: number, on: string) {
    const { version } = await context.db
      .selectFrom('assessments')
      .select('version')
      .where('id', '=', assessmentId)
      .executeTakeFirstOrThrow();
    await authoriseAssessment(context.db, context.actor, {
      id: assessmentId,
      childId,
      version,
      authorisationDate: on,
      factors: ['21'],
      outcome: 'child-in-need-plan',
    });
  }

  const versionOf = async (episodeId: number) =>
    (
      await context.db
        .selectFrom('family_help_episodes')
        .select('version')
        .where('id', '=', episodeId)
        .executeTakeFirstOrThrow()
    ).version;

  test('the CIN census counts Family Help with a section 17 assessment or a step-up, never targeted help alone', async () => {
    const year = collectionYear('2025-26') as CollectionYear;
    // Targeted help only: assessed, planned, reviewed and stepped down to universal services.
    const targeted = await context.child('Tia');
    const help = await start([targeted], '2025-06-02');
    const assessment = await startFamilyHelpAssessment(context.db, context.actor, {
      episodeId: help.id,
      childId: targeted,
      kind: 'targeted',
      startDate: '2025-06-03',
    });
    await completeTargetedAssessment(context.db, context.actor, {
      id: assessment.id,
      childId: targeted,
      version: assessment.version,
      completedDate: '2025-06-20',
      summary: 'Routines at home; school attendance at 82%',
    });
    const planned = await agreeFamilyPlan(context.db, context.actor, {
      episodeId: help.id,
      version: help.version,
      agreedOn: '2025-06-23',
      outcomes: 'Tia is in school every day',
      section17: false,
    });
    await endFamilyHelp(context.db, context.actor, {
      episodeId: help.id,
      version: planned.version,
      endDate: '2025-11-03',
      reason: 'stepped-down',
      detail: 'Attendance 97% for a term',
    });

    // A section 17 assessment: a CIN episode from the Family Help start to its end.
    const assessed = await context.child('Sam');
    const s17 = await start([assessed], '2025-07-01');
    const single = await startFamilyHelpAssessment(context.db, context.actor, {
      episodeId: s17.id,
      childId: assessed,
      kind: 'section-17',
      startDate: '2025-07-02',
    });
    await authorise(single.assessment_id!, assessed, '2025-08-20');
    await endFamilyHelp(context.db, context.actor, {
      episodeId: s17.id,
      version: s17.version,
      endDate: '2026-01-15',
      reason: 'stepped-down',
      detail: 'Needs met',
    });

    // Stepped up: Ada was assessed under section 17, her brother Ben had targeted help; each has one episode.
    const ada = await context.child('Ada');
    const ben = await context.child('Ben');
    const family = await start([ada, ben], '2025-09-01');
    const adaAssessment = await startFamilyHelpAssessment(context.db, context.actor, {
      episodeId: family.id,
      childId: ada,
      kind: 'section-17',
      startDate: '2025-09-02',
    });
    const steppedUp = await stepUpToChildProtection(context.db, context.actor, {
      episodeId: family.id,
      version: await versionOf(family.id),
      steppedUpOn: '2025-10-01',
      reason: 'Bruising Ada could not explain',
    });
    await authorise(adaAssessment.assessment_id!, ada, '2025-10-20');
    // Family Help closes, but the CIN episodes go on with the child protection work.
    await endFamilyHelp(context.db, context.actor, {
      episodeId: family.id,
      version: steppedUp.version,
      endDate: '2025-12-01',
      reason: 'closed',
      detail: 'The multi-agency child protection team leads the work',
    });

    // A child in need plan: Cal's plan starts the day it is agreed (a revision is the same plan)
    // and ends with Family Help.
    const cal = await context.child('Cal');
    const planned17 = await start([cal], '2025-10-01');
    const agreed = await agreeFamilyPlan(context.db, context.actor, {
      episodeId: planned17.id,
      version: planned17.version,
      agreedOn: '2025-10-06',
      outcomes: 'Cal is safe and settled at home',
      section17: true,
    });
    const revised = await agreeFamilyPlan(context.db, context.actor, {
      episodeId: planned17.id,
      version: agreed.version,
      agreedOn: '2025-10-06',
      outcomes: 'Cal is safe, settled at home and at school every day',
      section17: true,
    });
    await endFamilyHelp(context.db, context.actor, {
      episodeId: planned17.id,
      version: revised.version,
      endDate: '2026-02-02',
      reason: 'stepped-down',
      detail: 'The plan’s outcomes are met',
    });

    const census = await buildCinCensus(context.db, year);
    const rows = (childId: number) =>
      census.children
        .filter((child) => child.childId === childId)
        .flatMap((child) => child.episodes)
        .map((episode) => [episode.referralDate, episode.closureDate, episode.closureReason]);
    assert.deepEqual(rows(targeted), []);
    assert.deepEqual(rows(assessed), [['2025-07-01', '2026-01-15', 'RC7']]);
    assert.deepEqual(rows(ada), [['2025-09-01', null, null]]);
    assert.deepEqual(rows(ben), [['2025-09-01', null, null]]);
    assert.deepEqual(rows(cal), [['2025-10-01', '2026-02-02', 'RC7']]);
    const calsEpisode = census.children.find((child) => child.childId === cal)!.episodes[0]!;
    assert.deepEqual(
      calsEpisode.cinPlans.map((plan) => [plan.startDate, plan.endDate]),
      [['2025-10-06', '2026-02-02']],
      'one child in need plan, agreed to Family Help’s end',
    );
    const adaEpisode = census.children.find((child) => child.childId === ada)!.episodes[0]!;
    assert.deepEqual(
      adaEpisode.assessments.map((row) => [row.startDate, row.authorisationDate]),
      [['2025-09-02', '2025-10-20']],
    );
  });

  test('the plan: actions, reviews, the chronology, the review due and who works with the family', async () => {
    const child = await context.child('Kai');
    const help = await start([child], '2026-01-05', partner.id);
    const member = await testActor(context.db, 'practitioner');
    const colleague = await context.db
      .insertInto('users')
      .values({ username: 'fsw-kai', display_name: 'Fran Support', roles: ['practitioner'], password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addTeamMember(context.db, context.actor, {
      episodeId: help.id,
      userId: member.userId!,
      role: 'Family support worker',
      addedOn: '2026-01-06',
    });
    await refusedAt(
      addPlanAction(context.db, context.actor, { episodeId: help.id, action: 'x', owner: 'y', dueDate: '2026-02-01' }),
      'record',
    );
    await agreeFamilyPlan(context.db, context.actor, {
      episodeId: help.id,
      version: help.version,
      agreedOn: '2026-01-12',
      outcomes: 'Kai sleeps in his own bed',
      section17: false,
    });
    const action = await addPlanAction(context.db, context.actor, {
      episodeId: help.id,
      action: 'Bedtime routine chart',
      owner: 'Mum',
      dueDate: '2026-02-01',
    });
    await markPlanActionDone(context.db, context.actor, {
      episodeId: help.id,
      id: action.id,
      version: action.version,
      doneDate: '2026-01-30',
    });
    await recordPlanReview(context.db, context.actor, {
      episodeId: help.id,
      reviewDate: '2026-03-02',
      progress: 'Bedtimes settled',
      decision: 'continue',
    });
    assert.deepEqual(
      (await familyHelpChronology(context.db, [child])).map((event) => [event.date, event.summary]),
      [
        ['2026-01-05', 'Family Help started (lead practitioner Dana Shah (Oakfield Primary DSL))'],
        ['2026-01-12', 'Family plan agreed'],
        ['2026-03-02', 'Family plan reviewed: Continue with the family plan'],
      ],
    );
    assert.deepEqual(
      (await auditedChanges(context, child, 'family_plan_actions')).map((row) => row.reason),
      [null, null],
    );
    // Reviewed on 2 March 2026: the next is due 12 weeks on (the council's default).
    const { familyHelp } = (await familyHelpJourney(context.db, [child])).get(child)!;
    const journey = journeyOf('2020-01-01', { familyHelp });
    assert.deepEqual(linesFor(journey, 'family-plan-review', '2026-04-01'), [
      '2026-04-06 met 2026-03-02',
      '2026-05-25 due',
    ]);

    // The partner leading the family and the team member work with Kai; someone else does not.
    const user = (id: number) => ({ id, roles: ['practitioner'] }) as unknown as User;
    assert.deepEqual(await leadingOrInTheTeam(context.db, partner, [child], '2026-03-03'), [child]);
    assert.deepEqual(await leadingOrInTheTeam(context.db, user(member.userId!), [child], '2026-03-03'), [child]);
    assert.deepEqual(await leadingOrInTheTeam(context.db, user(colleague.id), [child], '2026-03-03'), []);
    await endFamilyHelp(context.db, context.actor, {
      episodeId: help.id,
      version: await versionOf(help.id),
      endDate: '2026-03-03',
      reason: 'closed',
      detail: 'Needs met',
    });
    assert.deepEqual(await leadingOrInTheTeam(context.db, partner, [child], '2026-03-04'), []);
  });

  test('refusals: a lead who is no practitioner, a second Family Help at once, a stale version, an unauthorised assessment', async () => {
    const child = await context.child('Lou');
    const analyst = await testActor(context.db, 'analyst');
    await refusedAt(start([child], '2026-02-02', analyst.userId!), 'leadPractitionerId');
    const help = await start([child], '2026-02-02');
    await refusedAt(start([child], '2026-02-10'), 'startDate');
    await agreeFamilyPlan(context.db, context.actor, {
      episodeId: help.id,
      version: help.version,
      agreedOn: '2026-02-03',
      outcomes: 'Safe at home',
      section17: true,
    });
    // The plan under section 17 made Lou's help a CIN episode dated the Family Help start.
    const { referral_id } = await context.db
      .selectFrom('family_help_children')
      .select('referral_id')
      .where('episode_id', '=', help.id)
      .executeTakeFirstOrThrow();
    const referral = await context.db
      .selectFrom('referrals')
      .select(['referral_date', 'source'])
      .where('id', '=', referral_id!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(referral, { referral_date: '2026-02-02', source: '2A' });
    // Someone who saw the first version changes nothing.
    await assert.rejects(
      stepUpToChildProtection(context.db, context.actor, {
        episodeId: help.id,
        version: help.version,
        steppedUpOn: '2026-02-04',
        reason: 'x',
      }),
      VersionConflictError,
    );
    await startFamilyHelpAssessment(context.db, context.actor, {
      episodeId: help.id,
      childId: child,
      kind: 'section-17',
      startDate: '2026-02-04',
    });
    await assert.rejects(
      endFamilyHelp(context.db, context.actor, {
        episodeId: help.id,
        version: await versionOf(help.id),
        endDate: '2026-02-20',
        reason: 'closed',
        detail: 'Moved away',
      }),
      'endDate',
    );
  });
});
