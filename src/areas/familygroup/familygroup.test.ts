import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VersionConflictError } from '../../core/errors.ts';
import { auditedChildren, recordsTestContext, refusedAt, type RecordsTestContext } from '../../app/testing/records.ts';
import { testTeamName } from '../../app/testing/testDatabase.ts';
import { adaBenAndRestrictedCora } from '../../app/testing/records.ts';
import { addAdultToNetwork } from '../people/store.ts';
import { addWorker, allocateChild } from '../workforce/allocations.ts';
import { issueCareProceedings, startPreProceedings } from '../court/store.ts';
import {
  addPlanAction,
  answerOffer,
  endSupportPackage,
  offerMeeting,
  offeredBefore,
  recordMeetingHeld,
  reviewFamilyPlan,
  startSupportPackage,
} from './store.ts';
import { familyGroupRecordOf } from './records.ts';
import { familyGroupJourney } from './journey.ts';

describe('family group decision-making records', () => {
  let context: RecordsTestContext;
  let ada: number;
  let ben: number;
  let socialWorker: number;
  let coordinator: number;
  let nan: number;
  let uncle: number;
  const db = () => context.db;
  const actor = () => context.actor;

  before(async () => {
    context = await recordsTestContext();
    ({ ada, ben } = await adaBenAndRestrictedCora(db(), actor(), 'Family'));
    const teamId = (
      await db().selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow()
    ).id;
    const worker = (name: string, role: 'social-worker' | 'family-support') =>
      addWorker(db(), { name, role, teamId, startDate: '2024-01-01' });
    socialWorker = (await worker('Sam Social', 'social-worker')).id;
    coordinator = (await worker('Cleo Coordinator', 'family-support')).id;
    await allocateChild(db(), actor(), { childId: ada, workerId: socialWorker, startDate: '2025-09-01' });
    nan = (
      await addAdultToNetwork(db(), actor(), {
        childId: ada,
        relationship: 'other',
        forename: 'Jean',
        surname: 'Family',
      })
    ).adult.id;
    uncle = (
      await addAdultToNetwork(db(), actor(), {
        childId: ben,
        relationship: 'other',
        forename: 'Ray',
        surname: 'Family',
      })
    ).adult.id;
  });
  after(() => context.database.close());

  test('an offer to the family is one record for both children, audited on each', async () => {
    await refusedAt(
      offerMeeting(db(), actor(), {
        childIds: [],
        kind: 'family-group-conference',
        offeredDate: '2026-01-12',
        offeredByWorkerId: socialWorker,
      }),
      'together',
    );
    await refusedAt(
      offerMeeting(db(), actor(), {
        childIds: [ada],
        kind: 'family-group-conference',
        offeredDate: '2023-01-12',
        offeredByWorkerId: socialWorker,
      }),
      'offeredBy',
    );
    const offer = await offerMeeting(db(), actor(), {
      childIds: [ada, ben],
      kind: 'family-group-conference',
      offeredDate: '2026-01-12',
      offeredByWorkerId: socialWorker,
    });
    assert.deepEqual(await auditedChildren(db(), 'family_group_meetings', offer.id), [String(ada), String(ben)]);
    const { meetings } = await familyGroupRecordOf(db(), [ben]);
    assert.deepEqual(
      meetings.map((m) => [m.offered_by_name, m.children.map((c) => c.id)]),
      [['Sam Social', [ada, ben]]],
    );
  });

  test('accepted, then held with an independent coordinator and the network, agreeing a plan', async () => {
    const [meeting] = (await familyGroupRecordOf(db(), [ada])).meetings;
    await refusedAt(
      answerOffer(db(), actor(), {
        meetingId: meeting!.id,
        version: meeting!.version,
        response: 'declined',
        responseDate: '2026-01-14',
      }),
      'declinedReason',
      'family_group_meetings_declined_has_reason',
    );
    await refusedAt(
      answerOffer(db(), actor(), {
        meetingId: meeting!.id,
        version: meeting!.version,
        response: 'accepted',
        responseDate: '2026-01-10',
      }),
      'responseDate',
    );
    const accepted = await answerOffer(db(), actor(), {
      meetingId: meeting!.id,
      version: meeting!.version,
      response: 'accepted',
      responseDate: '2026-01-14',
    });
    await assert.rejects(
      answerOffer(db(), actor(), {
        meetingId: meeting!.id,
        version: meeting!.version,
        response: 'accepted',
        responseDate: '2026-01-15',
      }),
      VersionConflictError,
      'a second answer on the version first seen is someone else’s change',
    );
    const held = {
      meetingId: meeting!.id,
      version: accepted.version,
      heldDate: '2026-02-03',
      coordinatorWorkerId: coordinator,
      attendeeAdultIds: [nan, uncle],
      otherAttendees: 'Pat (neighbour)',
      familyPlan: 'Nan collects the children from school on weekdays.',
      reviewDueDate: '2026-03-03',
    };
    await refusedAt(recordMeetingHeld(db(), actor(), { ...held, coordinatorWorkerId: socialWorker }), 'coordinator');
    const stranger = (
      await addAdultToNetwork(db(), actor(), {
        childId: await context.child('Other'),
        relationship: 'parent',
        forename: 'Not',
        surname: 'Network',
      })
    ).adult.id;
    await refusedAt(recordMeetingHeld(db(), actor(), { ...held, attendeeAdultIds: [stranger] }), 'attendees');
    await refusedAt(
      recordMeetingHeld(db(), actor(), { ...held, reviewDueDate: '2026-02-01' }),
      'reviewDueDate',
      'family_group_meetings_review_of_plan',
    );
    await recordMeetingHeld(db(), actor(), held);
    const [whole] = (await familyGroupRecordOf(db(), [ben])).meetings;
    assert.equal(whole!.coordinator_name, 'Cleo Coordinator');
    assert.deepEqual(whole!.attendees.map((a) => a.name).sort(), ['Jean Family', 'Ray Family']);
  });

  test("the plan's actions and reviews; an ended plan takes no more", async () => {
    const [meeting] = (await familyGroupRecordOf(db(), [ada])).meetings;
    await refusedAt(
      addPlanAction(db(), actor(), {
        meetingId: meeting!.id,
        action: 'School run',
        owner: 'Nan',
        dueDate: '2026-01-01',
      }),
      'dueDate',
    );
    await addPlanAction(db(), actor(), {
      meetingId: meeting!.id,
      action: 'School run',
      owner: 'Nan',
      dueDate: '2026-02-09',
    });
    await refusedAt(
      reviewFamilyPlan(db(), actor(), { meetingId: meeting!.id, reviewDate: '2026-03-10', outcome: 'continues' }),
      'nextReviewDate',
      'family_group_plan_reviews_next_unless_ended',
    );
    await reviewFamilyPlan(db(), actor(), {
      meetingId: meeting!.id,
      reviewDate: '2026-03-10',
      outcome: 'continues',
      nextReviewDate: '2026-05-05',
    });
    await reviewFamilyPlan(db(), actor(), { meetingId: meeting!.id, reviewDate: '2026-04-28', outcome: 'ended' });
    await refusedAt(
      addPlanAction(db(), actor(), { meetingId: meeting!.id, action: 'More', owner: 'Uncle Ray' }),
      'record',
    );
    const journey = (await familyGroupJourney(db(), [ben])).get(ben)!;
    assert.deepEqual(journey.familyGroupMeetings[0]!.reviews, [
      { date: '2026-03-10', outcome: 'continues', nextReviewDate: '2026-05-05' },
      { date: '2026-04-28', outcome: 'ended' },
    ]);
  });

  test('family network support: what, to whom, from when to when', async () => {
    await refusedAt(
      startSupportPackage(db(), actor(), {
        childIds: [ada],
        kind: 'financial',
        startDate: '2026-02-10',
        recipientAdultId: nan,
      }),
      'description',
      'family_network_support_packages_what_provided',
    );
    await refusedAt(
      startSupportPackage(db(), actor(), {
        childIds: [ada],
        kind: 'respite',
        description: 'Weekend stays',
        startDate: '2026-02-10',
      }),
      'recipient',
    );
    const support = await startSupportPackage(db(), actor(), {
      childIds: [ada, ben],
      kind: 'financial',
      amountPence: 25000,
      startDate: '2026-02-10',
      recipientAdultId: nan,
    });
    await refusedAt(
      endSupportPackage(db(), actor(), { packageId: support.id, version: support.version, endDate: '2026-02-01' }),
      'endDate',
    );
    await endSupportPackage(db(), actor(), { packageId: support.id, version: support.version, endDate: '2026-04-30' });
    const { supportPackages } = await familyGroupRecordOf(db(), [ben]);
    assert.deepEqual(
      supportPackages.map((p) => [p.kind, p.amount_pence, p.recipient, p.end_date]),
      [['financial', 25000, 'Jean Family', '2026-04-30']],
    );
  });

  test('an offer counts before court for 12 months', async () => {
    assert.deepEqual([...(await offeredBefore(db(), [ada, ben], '2027-01-12'))].sort(), [ada, ben].sort());
    assert.deepEqual([...(await offeredBefore(db(), [ada, ben], '2027-01-13'))], [], 'a year and a day later');
    assert.deepEqual([...(await offeredBefore(db(), [ada], '2026-01-11'))], [], 'not before it was made');
  });

  test('pre-proceedings and proceedings without an offer ask why not, for the children not offered', async () => {
    const cal = await context.child('Cal');
    await refusedAt(
      startPreProceedings(db(), actor(), { childIds: [cal], startDate: '2026-03-02' }),
      'notOfferedReason',
    );
    await refusedAt(
      startPreProceedings(db(), actor(), { childIds: [cal], startDate: '2026-03-02', notOffered: { reason: 'other' } }),
      'notOfferedDetail',
      'family_group_not_offered_other_described',
    );
    const plo = await startPreProceedings(db(), actor(), {
      childIds: [cal],
      startDate: '2026-03-02',
      notOffered: { reason: 'immediate-risk', detail: 'Injuries to a baby' },
    });
    const { notOffered } = await familyGroupRecordOf(db(), [cal]);
    assert.deepEqual(
      notOffered.map((r) => [r.pre_proceedings_id, r.reason, r.detail]),
      [[plo.id, 'immediate-risk', 'Injuries to a baby']],
    );
    // Ada and Ben were offered one in January: their family's pre-proceedings need no reason.
    await startPreProceedings(db(), actor(), { childIds: [ada, ben], startDate: '2026-03-02' });
    await refusedAt(
      issueCareProceedings(db(), actor(), { childIds: [cal], issueDate: '2026-05-04', court: 'Telford' }),
      'notOfferedReason',
    );
    const proceedings = await issueCareProceedings(db(), actor(), {
      childIds: [cal, ada],
      issueDate: '2026-05-04',
      court: 'Telford',
      notOffered: { reason: 'unsafe' },
    });
    const reasons = await db()
      .selectFrom('family_group_not_offered_children as c')
      .innerJoin('family_group_not_offered as n', 'n.id', 'c.not_offered_id')
      .select('c.child_id')
      .where('n.care_proceedings_id', '=', proceedings.id)
      .execute();
    assert.deepEqual(
      reasons.map((r) => r.child_id),
      [cal],
      'the reason is kept for the child not offered one',
    );
  });
});
