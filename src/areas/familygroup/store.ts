// Writing family group decision-making: the offer, the family's answer, the meeting held and the
// family plan it agreed, the plan's actions and reviews, family network support packages, and (for
// the court) why no meeting was offered before proceedings. Each is one record for the family, a
// row of its link table for each child, written and audited for every child in one transaction.
import { sql, type Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError } from '../../platform/records/integrity.ts';
import { recordProgress, writeChildRecord } from '../../platform/records/writes.ts';
import { allocationOn, chosenWorker } from '../workforce/index.ts';
import { familyNetwork } from '../people/index.ts';
import type { DeclinedReason, MeetingKind, NotOfferedReason, ReviewOutcome, SupportKind } from './codes.ts';

explainConstraints({
  family_group_meetings_response_after_offer: {
    field: 'responseDate',
    message: 'The family must answer on or after the day the meeting was offered',
  },
  family_group_meetings_declined_has_reason: { field: 'declinedReason', message: 'Select why the family declined' },
  family_group_meetings_other_reason_described: { field: 'declinedDetail', message: 'Say why the family declined' },
  family_group_meetings_held_when_accepted: {
    field: 'heldDate',
    message: 'A meeting is held only once the family accepted it, on or after the day they accepted',
  },
  family_group_meetings_plan_when_held: { field: 'familyPlan', message: 'Enter the plan the family agreed' },
  family_group_meetings_review_of_plan: {
    field: 'reviewDueDate',
    message: 'The plan’s review must be after the meeting, and there must be a plan to review',
  },
  family_group_meetings_kind_check: { field: 'kind', message: 'Select the kind of meeting' },
  family_group_meetings_declined_reason_check: { field: 'declinedReason', message: 'Select why the family declined' },
  family_group_meeting_children_pkey: { field: 'together', message: 'A child is listed twice' },
  family_group_meeting_attendees_pkey: { field: 'attendees', message: 'Someone is listed twice' },
  family_group_plan_actions_action_check: { field: 'action', message: 'Enter the action' },
  family_group_plan_actions_owner_check: { field: 'owner', message: 'Enter who will do it' },
  family_group_plan_reviews_once_a_day: { field: 'reviewDate', message: 'A review is already recorded on that day' },
  family_group_plan_reviews_outcome_check: { field: 'outcome', message: 'Select what the review decided' },
  family_group_plan_reviews_next_unless_ended: {
    field: 'nextReviewDate',
    message: 'Enter the date of the next review, unless the plan has ended',
  },
  family_group_plan_reviews_next_after: { field: 'nextReviewDate', message: 'The next review must be after this one' },
  family_network_support_packages_kind_check: { field: 'kind', message: 'Select what kind of support it is' },
  family_network_support_packages_amount_pence_check: { field: 'amount', message: 'Enter an amount more than £0' },
  family_network_support_packages_what_provided: {
    field: 'description',
    message: 'Enter the amount or describe what is provided',
  },
  family_network_support_packages_end_after_start: {
    field: 'endDate',
    message: 'The support must end on or after the day it started',
  },
  family_network_support_packages_one_recipient: {
    field: 'recipient',
    message: 'Select who receives the support, or name them',
  },
  family_group_not_offered_reason_check: {
    field: 'notOfferedReason',
    message: 'Select why no family group decision-making meeting was offered',
  },
  family_group_not_offered_other_described: {
    field: 'notOfferedDetail',
    message: 'Say why no family group decision-making meeting was offered',
  },
});

/**
 * An offer or a meeting counts for pre-proceedings or proceedings when it was made in the 12 months
 * before they began, or while they ran: the family's network is the same, and an offer two years
 * ago about other worries is not the offer the law asks for before going to court.
 */
export const offerWindowMonths = 12;

const monthsBefore = (iso: string) => Temporal.PlainDate.from(iso).subtract({ months: offerWindowMonths }).toString();

/** The children of a record, once each; a record about nobody is refused. */
function childrenOf(childIds: readonly number[]): number[] {
  const unique = [...new Set(childIds)];
  if (unique.length === 0) throw new RecordIntegrityError('together', 'Select at least one child', undefined);
  return unique;
}

export const meetingChildren = async (db: Kysely<Database>, meetingId: number) =>
  (
    await db
      .selectFrom('family_group_meeting_children')
      .select('child_id')
      .where('meeting_id', '=', meetingId)
      .orderBy('child_id')
      .execute()
  ).map((row) => row.child_id);

export interface MeetingOffer {
  childIds: number[];
  kind: MeetingKind;
  offeredDate: string;
  offeredByWorkerId: number;
}

/** A family group conference or family network meeting offered to the family of these children. */
export function offerMeeting(db: Kysely<Database>, actor: Actor, offer: MeetingOffer) {
  return writeChildRecord(db, actor, async (trx) => {
    const childIds = childrenOf(offer.childIds);
    await chosenWorker(trx, {
      workerId: offer.offeredByWorkerId,
      on: offer.offeredDate,
      field: 'offeredBy',
      message: 'Select who offered the meeting from the workers in post that day',
    });
    const record = await trx
      .insertInto('family_group_meetings')
      .values({
        kind: offer.kind,
        offered_date: offer.offeredDate,
        offered_by_worker_id: offer.offeredByWorkerId,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('family_group_meeting_children')
      .values(childIds.map((childId) => ({ meeting_id: record.id, child_id: childId })))
      .execute();
    return { record, recordType: 'family_group_meetings', recordId: record.id, childIds };
  });
}

export interface OfferAnswer {
  meetingId: number;
  version: number;
  response: 'accepted' | 'declined';
  responseDate: string;
  declinedReason?: DeclinedReason | null;
  declinedDetail?: string | null;
}

/** The family accepted or declined the meeting offered. */
export function answerOffer(db: Kysely<Database>, actor: Actor, answer: OfferAnswer) {
  return writeChildRecord(db, actor, async (trx) => {
    const declined = answer.response === 'declined';
    const record = await recordProgress(trx, actor, {
      table: 'family_group_meetings',
      id: answer.meetingId,
      version: answer.version,
      values: {
        response: answer.response,
        response_date: answer.responseDate,
        declined_reason: declined ? answer.declinedReason : undefined,
        declined_detail: declined ? (answer.declinedDetail ?? undefined) : undefined,
      },
    });
    return {
      record,
      recordType: 'family_group_meetings',
      recordId: answer.meetingId,
      childIds: await meetingChildren(trx, answer.meetingId),
    };
  });
}

export interface MeetingHeld {
  meetingId: number;
  version: number;
  heldDate: string;
  coordinatorWorkerId: number;
  attendeeAdultIds: number[];
  otherAttendees?: string | null;
  familyPlan?: string | null;
  reviewDueDate?: string | null;
}

/**
 * The meeting held, with its coordinator, who came from the family network and the plan agreed.
 * The coordinator is independent of the case (the guidance's "independent coordinator"): never the
 * worker any of the children is allocated to that day. Those who came are adults of the children's
 * family network; anyone not on the record is named in `otherAttendees`.
 */
export function recordMeetingHeld(db: Kysely<Database>, actor: Actor, held: MeetingHeld) {
  return writeChildRecord(db, actor, async (trx) => {
    const childIds = await meetingChildren(trx, held.meetingId);
    await chosenWorker(trx, {
      workerId: held.coordinatorWorkerId,
      on: held.heldDate,
      field: 'coordinator',
      message: 'Select the coordinator from the workers in post that day',
    });
    const allocations = await Promise.all(childIds.map((childId) => allocationOn(trx, childId, held.heldDate)));
    if (allocations.some((allocation) => allocation?.worker_id === held.coordinatorWorkerId))
      throw new RecordIntegrityError(
        'coordinator',
        'The coordinator must be independent of the case: choose someone other than the children’s allocated worker',
        undefined,
      );
    const network = new Set(
      (await Promise.all(childIds.map((childId) => familyNetwork(trx, childId))))
        .flat()
        .filter((member) => member.kind === 'adult')
        .map((member) => member.id),
    );
    const attendees = [...new Set(held.attendeeAdultIds)];
    if (attendees.some((adultId) => !network.has(adultId)))
      throw new RecordIntegrityError('attendees', 'Choose who came from the children’s family network', undefined);
    const record = await recordProgress(trx, actor, {
      table: 'family_group_meetings',
      id: held.meetingId,
      version: held.version,
      values: {
        held_date: held.heldDate,
        coordinator_worker_id: held.coordinatorWorkerId,
        other_attendees: held.otherAttendees ?? undefined,
        family_plan: held.familyPlan ?? undefined,
        review_due_date: held.reviewDueDate ?? undefined,
      },
    });
    if (attendees.length > 0)
      await trx
        .insertInto('family_group_meeting_attendees')
        .values(attendees.map((adultId) => ({ meeting_id: held.meetingId, adult_id: adultId })))
        .execute();
    return { record, recordType: 'family_group_meetings', recordId: held.meetingId, childIds };
  });
}

/** A meeting whose family plan can be added to or reviewed: held, with a plan, not ended at a review. */
async function planOf(trx: Kysely<Database>, meetingId: number) {
  const meeting = await trx
    .selectFrom('family_group_meetings')
    .select(['id', 'held_date', 'family_plan'])
    .where('id', '=', meetingId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const ended = await trx
    .selectFrom('family_group_plan_reviews')
    .select('review_date')
    .where('meeting_id', '=', meetingId)
    .where('outcome', '=', 'ended')
    .executeTakeFirst();
  if (!meeting.family_plan || !meeting.held_date)
    throw new RecordIntegrityError('record', 'No family plan was agreed at this meeting', undefined);
  if (ended) throw new RecordIntegrityError('record', 'This family plan has ended', undefined);
  return { heldDate: meeting.held_date };
}

export interface PlanAction {
  meetingId: number;
  action: string;
  owner: string;
  dueDate?: string | null;
}

/** An action of the family plan: what will be done, by whom in the network, by when. */
export function addPlanAction(db: Kysely<Database>, actor: Actor, action: PlanAction) {
  return writeChildRecord(db, actor, async (trx) => {
    const plan = await planOf(trx, action.meetingId);
    if (action.dueDate && action.dueDate < plan.heldDate)
      throw new RecordIntegrityError('dueDate', 'The action must be due on or after the meeting', undefined);
    const record = await trx
      .insertInto('family_group_plan_actions')
      .values({
        meeting_id: action.meetingId,
        action: action.action.trim(),
        owner: action.owner.trim(),
        due_date: action.dueDate ?? null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record,
      recordType: 'family_group_plan_actions',
      recordId: record.id,
      childIds: await meetingChildren(trx, action.meetingId),
    };
  });
}

export interface PlanReview {
  meetingId: number;
  reviewDate: string;
  outcome: ReviewOutcome;
  notes?: string | null;
  nextReviewDate?: string | null;
}

/** A review of the family plan: what it decided, and when it is next reviewed (unless it ended). */
export function reviewFamilyPlan(db: Kysely<Database>, actor: Actor, review: PlanReview) {
  return writeChildRecord(db, actor, async (trx) => {
    const plan = await planOf(trx, review.meetingId);
    if (review.reviewDate <= plan.heldDate)
      throw new RecordIntegrityError(
        'reviewDate',
        'The review must be after the meeting that agreed the plan',
        undefined,
      );
    const record = await trx
      .insertInto('family_group_plan_reviews')
      .values({
        meeting_id: review.meetingId,
        review_date: review.reviewDate,
        outcome: review.outcome,
        notes: review.notes ?? null,
        next_review_date: review.nextReviewDate ?? null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record,
      recordType: 'family_group_plan_reviews',
      recordId: record.id,
      childIds: await meetingChildren(trx, review.meetingId),
    };
  });
}

export interface SupportPackage {
  childIds: number[];
  meetingId?: number | null;
  kind: SupportKind;
  amountPence?: number | null;
  description?: string | null;
  startDate: string;
  endDate?: string | null;
  recipientAdultId?: number | null;
  recipientName?: string | null;
}

/** A family network support package: what is provided, to whom in the network, from when to when. */
export function startSupportPackage(db: Kysely<Database>, actor: Actor, support: SupportPackage) {
  return writeChildRecord(db, actor, async (trx) => {
    const childIds = childrenOf(support.childIds);
    if (support.meetingId) {
      const about = await meetingChildren(trx, support.meetingId);
      if (!childIds.every((childId) => about.includes(childId)))
        throw new RecordIntegrityError('meetingId', 'Choose a meeting held about these children', undefined);
    }
    if (support.recipientAdultId) {
      const network = (await Promise.all(childIds.map((childId) => familyNetwork(trx, childId)))).flat();
      if (!network.some((member) => member.kind === 'adult' && member.id === support.recipientAdultId))
        throw new RecordIntegrityError('recipient', 'Choose someone of the children’s family network', undefined);
    }
    const record = await trx
      .insertInto('family_network_support_packages')
      .values({
        meeting_id: support.meetingId ?? null,
        kind: support.kind,
        amount_pence: support.amountPence ?? null,
        description: support.description ?? null,
        start_date: support.startDate,
        end_date: support.endDate ?? null,
        recipient_adult_id: support.recipientAdultId ?? null,
        recipient_name: support.recipientName ?? null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('family_network_support_package_children')
      .values(childIds.map((childId) => ({ package_id: record.id, child_id: childId })))
      .execute();
    return { record, recordType: 'family_network_support_packages', recordId: record.id, childIds };
  });
}

/** The support ended (or its end is now known). */
export function endSupportPackage(
  db: Kysely<Database>,
  actor: Actor,
  ending: { packageId: number; version: number; endDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'family_network_support_packages',
      id: ending.packageId,
      version: ending.version,
      values: { end_date: ending.endDate },
    });
    const children = await trx
      .selectFrom('family_network_support_package_children')
      .select('child_id')
      .where('package_id', '=', ending.packageId)
      .execute();
    return {
      record,
      recordType: 'family_network_support_packages',
      recordId: ending.packageId,
      childIds: children.map((row) => row.child_id),
    };
  });
}

/**
 * Of these children, those offered family group decision-making (or a family network meeting) in
 * the window before `on`: an offer counts whether the family accepted or declined it.
 */
export async function offeredBefore(db: Kysely<Database>, childIds: readonly number[], on: string) {
  if (childIds.length === 0) return new Set<number>();
  const rows = await db
    .selectFrom('family_group_meeting_children as c')
    .innerJoin('family_group_meetings as m', 'm.id', 'c.meeting_id')
    .select('c.child_id')
    .distinct()
    .where('c.child_id', 'in', childIds)
    .where('m.offered_date', '>=', monthsBefore(on))
    .where('m.offered_date', '<=', on)
    .execute();
  return new Set(rows.map((row) => row.child_id));
}

export interface NotOffered {
  preProceedingsId?: number;
  careProceedingsId?: number;
  /** The day pre-proceedings started or the application was issued. */
  on: string;
  childIds: readonly number[];
  reason: NotOfferedReason;
  detail?: string | null;
}

/**
 * Why no meeting was offered to these children before pre-proceedings or proceedings began: written
 * by the court in its own transaction (the court audits the record it is about, for every child).
 */
export async function recordNotOffered(trx: Kysely<Database>, actor: Actor, notOffered: NotOffered) {
  const record = await trx
    .insertInto('family_group_not_offered')
    .values({
      pre_proceedings_id: notOffered.preProceedingsId ?? null,
      care_proceedings_id: notOffered.careProceedingsId ?? null,
      before_date: notOffered.on,
      reason: notOffered.reason,
      detail: notOffered.detail?.trim() || null,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('family_group_not_offered_children')
    .values(childrenOf(notOffered.childIds).map((childId) => ({ not_offered_id: record.id, child_id: childId })))
    .execute();
}

/** The latest offer and meeting held for any of each record's children in its window, and why none was offered. */
export async function familyGroupBefore(
  db: Kysely<Database>,
  records: readonly { key: string; childIds: readonly number[]; from: string; to: string }[],
) {
  const wanted = records.filter((record) => record.childIds.length > 0);
  const rows =
    wanted.length === 0
      ? []
      : (
          await sql<{ key: string; offered: string | null; held: string | null }>`
            select r.key, max(m.offered_date)::text as offered,
              (max(m.held_date) filter (where m.held_date <= r.to_day))::text as held
            from (values ${sql.join(
              wanted.map((record) => sql`(${record.key}, ${monthsBefore(record.from)}::date, ${record.to}::date)`),
            )}) as r(key, from_day, to_day)
            join (values ${sql.join(
              wanted.flatMap((record) => record.childIds.map((childId) => sql`(${record.key}, ${childId}::bigint)`)),
            )}) as rc(key, child_id) on rc.key = r.key
            join family_group_meeting_children c on c.child_id = rc.child_id
            join family_group_meetings m on m.id = c.meeting_id and m.offered_date between r.from_day and r.to_day
            group by r.key`.execute(db)
        ).rows;
  return new Map(rows.map((row) => [row.key, { offered: row.offered, held: row.held }]));
}
