// The plan itself: versions submitted by the worker, decided on by a manager, every one kept.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VersionConflictError } from '../../core/errors.ts';
import { withIntegrity } from '../../platform/records/integrity.ts';
import { auditedChanges, recordsTestContext, refusedAt, type RecordsTestContext } from '../../app/testing/records.ts';
import { testActor } from '../../app/testing/actors.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { recordInitialConference, recordStrategyDiscussion, startSection47Enquiry } from '../protection/store.ts';
import { endChildInNeedPlan, startChildInNeedPlan } from './store.ts';
import { planningChronology } from './chronology.ts';
import { ownPlanProblem, planDecisionProblem, planInForce } from './model.ts';
import {
  decideOnPlan,
  plansAwaitingAuthorisation,
  planVersionsView,
  submitPlan,
  versionsOfPlan,
  type PlanSubmission,
} from './planVersions.ts';

describe('the rules of a plan’s versions', () => {
  test('the plan in force is the newest authorised version', () => {
    const versions = [
      { decision: null },
      { decision: 'returned' },
      { decision: 'authorised', n: 2 },
      { decision: 'authorised', n: 1 },
    ];
    assert.equal(planInForce(versions), versions[2]);
    assert.equal(planInForce([{ decision: null }]), undefined);
  });
  test('a manager decides only on a submitted version not yet decided', () => {
    assert.match(planDecisionProblem(undefined)!, /not been written/);
    assert.match(planDecisionProblem({ decision: 'authorised' })!, /already authorised/);
    assert.match(planDecisionProblem({ decision: 'returned' })!, /returned to the worker/);
    assert.equal(planDecisionProblem({ decision: null }), undefined);
    assert.match(ownPlanProblem({ submitted_by: 7 }, 7)!, /another manager must authorise it/);
    assert.equal(ownPlanProblem({ submitted_by: 7 }, 8), undefined);
    assert.equal(ownPlanProblem({ submitted_by: null }, null), undefined, 'a version from before authors were kept');
  });
});

describe('plan versions', () => {
  let context: RecordsTestContext;
  let manager: Actor;
  before(async () => {
    context = await recordsTestContext();
    manager = await testActor(context.db, 'team-manager');
  });
  after(() => context.database.close());

  const content = {
    whatNeedsToChange: 'Ola gets to school every day.\n\nHer mum has help with the mornings.',
    contingency: 'If Ola still misses school by the review, we will call a meeting about the next steps.',
    changeReason: null,
  };
  const cinPlan = async (forename: string) => {
    const childId = await context.child(forename);
    const plan = await startChildInNeedPlan(context.db, context.actor, { childId, startDate: '2026-01-05' });
    const submit = (input: Partial<PlanSubmission> & Pick<PlanSubmission, 'seen'>) =>
      submitPlan(context.db, context.actor, {
        childId,
        planType: 'child-in-need',
        planId: plan.id,
        submittedDate: '2026-01-12',
        ...content,
        ...input,
      });
    return { childId, plan, submit };
  };

  test('submitted, returned with a reason, changed and authorised, then changed again: every version kept and audited', async () => {
    const { childId, plan, submit } = await cinPlan('Ola');
    const first = await submit({ seen: { number: 0, version: 0 } });
    assert.deepEqual(
      [first.number, first.decision, first.change_reason, first.submitted_by],
      [1, null, null, context.actor.userId],
    );
    assert.equal(first.what_needs_to_change, content.whatNeedsToChange);

    const returned = await decideOnPlan(context.db, manager, {
      childId,
      id: first.id,
      version: first.version,
      decision: 'returned',
      returnReason: 'Say who helps with the mornings.',
      decisionDate: '2026-01-13',
    });
    assert.deepEqual(
      [returned.decision, returned.decision_date, returned.decided_by],
      ['returned', '2026-01-13', manager.userId],
    );

    const second = await submit({
      seen: { number: 1, version: returned.version },
      changeReason: 'The manager asked who helps',
      whatNeedsToChange: 'Ola gets to school every day. Her aunt takes her on Mondays.',
      submittedDate: '2026-01-14',
    });
    const authorised = await decideOnPlan(context.db, manager, {
      childId,
      id: second.id,
      version: second.version,
      decision: 'authorised',
      returnReason: null,
      decisionDate: '2026-01-15',
    });
    assert.equal(authorised.return_reason, null);

    // A change submitted while one awaits a manager replaces it; both stay in the history.
    const third = await submit({
      seen: { number: 2, version: authorised.version },
      changeReason: 'Reviewed',
      submittedDate: '2026-02-02',
    });
    await submit({ seen: { number: 3, version: third.version }, changeReason: 'Typo', submittedDate: '2026-02-03' });
    const versions = await versionsOfPlan(context.db, childId, 'child-in-need', plan.id);
    assert.deepEqual(
      versions.map((version) => [version.number, version.decision, version.decision_date]),
      [
        [4, null, null],
        [3, 'replaced', '2026-02-03'],
        [2, 'authorised', '2026-01-15'],
        [1, 'returned', '2026-01-13'],
      ],
    );
    const view = await planVersionsView(context.db, childId, 'child-in-need', plan.id);
    assert.deepEqual([view.latest?.number, view.inForce?.number, view.count], [4, 2, 4]);
    assert.deepEqual(
      (await plansAwaitingAuthorisation(context.db, [childId])).map((version) => version.number),
      [4],
    );
    // The chronology tells the plan's story from the versions themselves.
    assert.deepEqual(
      (await planningChronology(context.db, [childId]))
        .filter((event) => event.type === 'plan-version')
        .map((event) => `${event.date} ${event.summary}`),
      [
        '2026-01-12 Child in need plan (version 1) written and submitted for authorisation',
        '2026-01-13 Child in need plan (version 1) returned to the worker: Say who helps with the mornings.',
        '2026-01-14 Child in need plan (version 2) changed and submitted for authorisation: The manager asked who helps',
        '2026-01-15 Child in need plan (version 2) authorised',
        '2026-02-02 Child in need plan (version 3) changed and submitted for authorisation: Reviewed',
        '2026-02-03 Child in need plan (version 4) changed and submitted for authorisation: Typo',
      ],
    );
    assert.deepEqual(
      (await auditedChanges(context, childId, 'plan_versions')).map((event) => event.reason),
      [
        'Plan submitted for authorisation',
        'Plan returned to the worker',
        'Plan submitted for authorisation',
        'Plan authorised',
        'Plan submitted for authorisation',
        'Plan changed before a manager decided on it',
        'Plan submitted for authorisation',
      ],
    );
  });

  test('a change made on a version someone else has since changed or decided on is a conflict, and writes nothing', async () => {
    const { childId, plan, submit } = await cinPlan('Pia');
    const first = await submit({ seen: { number: 0, version: 0 } });
    // Two people opened the unwritten plan: the second to send it is told.
    await assert.rejects(submit({ seen: { number: 0, version: 0 } }), VersionConflictError);
    // The manager decided while the worker was changing it.
    await decideOnPlan(context.db, manager, {
      childId,
      id: first.id,
      version: first.version,
      decision: 'authorised',
      returnReason: null,
      decisionDate: '2026-01-12',
    });
    await assert.rejects(
      submit({ seen: { number: 1, version: first.version }, changeReason: 'Late' }),
      VersionConflictError,
    );
    // A manager deciding on a version since replaced is told too.
    const second = await submit({ seen: { number: 1, version: first.version + 1 }, changeReason: 'Reviewed' });
    await submit({ seen: { number: 2, version: second.version }, changeReason: 'Again' });
    await assert.rejects(
      decideOnPlan(context.db, manager, {
        childId,
        id: second.id,
        version: second.version,
        decision: 'authorised',
        returnReason: null,
        decisionDate: '2026-01-12',
      }),
      VersionConflictError,
    );
    assert.equal((await versionsOfPlan(context.db, childId, 'child-in-need', plan.id)).length, 3);
  });

  test('refused: a change without its reason, a return without one, an ended plan, another child’s plan, a second decision', async () => {
    const { childId, plan, submit } = await cinPlan('Quin');
    const first = await submit({ seen: { number: 0, version: 0 } });
    await refusedAt(submit({ seen: { number: 1, version: first.version } }), 'changeReason');
    await refusedAt(
      decideOnPlan(context.db, manager, {
        childId,
        id: first.id,
        version: first.version,
        decision: 'returned',
        returnReason: '  ',
        decisionDate: '2026-01-12',
      }),
      'returnReason',
    );
    const authorised = await decideOnPlan(context.db, manager, {
      childId,
      id: first.id,
      version: first.version,
      decision: 'authorised',
      returnReason: null,
      decisionDate: '2026-01-12',
    });
    await refusedAt(
      decideOnPlan(context.db, manager, {
        childId,
        id: first.id,
        version: authorised.version,
        decision: 'returned',
        returnReason: 'Second thoughts',
        decisionDate: '2026-01-12',
      }),
      'decision',
    );
    const other = await context.child('Other');
    await assert.rejects(
      submitPlan(context.db, context.actor, {
        childId: other,
        planType: 'child-in-need',
        planId: plan.id,
        seen: { number: 0, version: 0 },
        submittedDate: '2026-01-12',
        ...content,
      }),
      /Plan not found/,
    );
    await endChildInNeedPlan(context.db, context.actor, {
      childId,
      id: plan.id,
      version: plan.version,
      endDate: '2026-03-01',
    });
    await refusedAt(
      submit({ seen: { number: 1, version: authorised.version }, changeReason: 'After the end' }),
      'record',
    );
    // The database holds the same rules as the store: a later version says why the plan changed.
    await refusedAt(
      withIntegrity(
        context.db
          .insertInto('plan_versions')
          .values({
            child_id: childId,
            plan_type: 'child-in-need',
            plan_id: plan.id,
            number: 2,
            what_needs_to_change: 'Ola is safe',
            contingency: 'A meeting',
            submitted_date: '2026-01-12',
          })
          .execute(),
      ),
      'changeReason',
      'plan_versions_change_reason',
    );
  });

  test('a child protection plan has versions of its own', async () => {
    const childId = await context.child('Rue');
    const discussion = await recordStrategyDiscussion(context.db, context.actor, {
      childId,
      decisionDate: '2026-03-26',
      heldDate: '2026-03-26',
      agencies: ['police'],
      decision: 'section-47',
    });
    const enquiry = await startSection47Enquiry(context.db, context.actor, {
      childId,
      strategyDiscussionId: discussion.id,
    });
    const { plan } = await recordInitialConference(context.db, context.actor, {
      childId,
      section47EnquiryId: enquiry.id,
      date: '2026-04-17',
      outcome: 'plan',
      category: 'NEG',
    });
    const version = await submitPlan(context.db, context.actor, {
      childId,
      planType: 'child-protection',
      planId: plan!.id,
      seen: { number: 0, version: 0 },
      submittedDate: '2026-04-20',
      ...content,
    });
    assert.deepEqual([version.child_protection_plan_id, version.cin_plan_id], [plan!.id, null]);
    assert.deepEqual(
      (await plansAwaitingAuthorisation(context.db, [childId])).map((each) => each.plan_type),
      ['child-protection'],
    );
  });
});
