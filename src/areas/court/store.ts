import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError } from '../../platform/records/integrity.ts';
import { recordProgress, writeChildRecord } from '../../platform/records/writes.ts';
import type {
  FinalOrder,
  HearingType,
  InterimOrder,
  PreProceedingsMeetingType,
  PreProceedingsOutcome,
} from './codes.ts';
import { maximumExtensionWeeks } from './proceedingsTimetable.ts';
import { offeredBefore, offerWindowMonths, recordNotOffered, type NotOfferedReason } from '../familygroup/index.ts';

explainConstraints({
  pre_proceedings_letter_after_start: {
    field: 'letterBeforeProceedingsDate',
    message: 'The letter before proceedings must be sent on or after the date pre-proceedings started',
  },
  pre_proceedings_meeting_after_letter: {
    field: 'initialMeetingDate',
    message: 'The pre-proceedings meeting must be on or after the date the letter before proceedings was sent',
  },
  pre_proceedings_end_after_start: {
    field: 'decisionDate',
    message: 'The decision date must be on or after the date pre-proceedings started',
  },
  pre_proceedings_decision_has_outcome: {
    field: 'outcome',
    message: 'Select the outcome of the pre-proceedings decision',
  },
  pre_proceedings_other_outcome_described: { field: 'outcomeDetail', message: 'Describe the other outcome' },
  pre_proceedings_outcome_check: { field: 'outcome', message: 'Select the outcome from the list' },
  pre_proceedings_children_pkey: { field: 'childIds', message: 'A child is listed twice' },
  pre_proceedings_meetings_one_a_day: {
    field: 'meetingDate',
    message: 'This meeting is already recorded for that date',
  },
  pre_proceedings_meetings_meeting_type_check: { field: 'meetingType', message: 'Select the type of meeting' },
  care_proceedings_end_after_start: {
    field: 'conclusionDate',
    message: 'The conclusion date must be on or after the issue date',
  },
  care_proceedings_court_check: { field: 'court', message: 'Enter the court' },
  proceedings_children_once: { field: 'childIds', message: 'A child is listed twice' },
  proceedings_children_final_order_check: { field: 'finalOrder', message: 'Select the final order from the list' },
  proceedings_extensions_weeks_limit: {
    field: 'weeks',
    message: `An extension must be between 1 and ${maximumExtensionWeeks} weeks`,
  },
  proceedings_extensions_reason_given: {
    field: 'reason',
    message: 'Enter the reason the court extended the timetable',
  },
  pre_proceedings_application_after_start: {
    field: 'applicationDate',
    message: 'The application must be made on or after the date pre-proceedings started',
  },
  pre_proceedings_review_meetings_given: { field: 'reviewMeetings', message: 'Enter a number of review meetings' },
  pre_proceedings_family_group_meeting_held_after_offer: {
    field: 'familyGroupMeetingHeldDate',
    message: 'The family group meeting must be held on or after the date it was offered',
  },
  proceedings_hearings_hearing_type_check: { field: 'hearingType', message: 'Select the type of hearing' },
  proceedings_hearings_court_check: { field: 'court', message: 'Enter the court' },
  proceedings_hearings_next_after: {
    field: 'nextHearingDate',
    message: 'The next hearing must be after this hearing',
  },
  proceedings_interim_orders_order_type_check: { field: 'madeDate', message: 'Select the interim order from the list' },
  proceedings_interim_orders_once_a_day: {
    field: 'madeDate',
    message: 'An interim order is already recorded for this child on that date',
  },
});

/** The family the children belong to, when they share one: the unit pre-proceedings and proceedings are counted by. */
async function familyOf(trx: Kysely<Database>, childIds: readonly number[]): Promise<number | null> {
  const families = await trx
    .selectFrom('family_members')
    .select('family_id')
    .where('child_id', 'in', childIds)
    .groupBy('family_id')
    .having(sql<number>`count(*)`, '=', childIds.length)
    .orderBy('family_id')
    .execute();
  return families[0]?.family_id ?? null;
}

/** Refuses a step dated before the proceedings were issued, on the form's date field. */
async function notBeforeIssue(trx: Kysely<Database>, proceedingsId: number, date: string, field: string) {
  const proceedings = await trx
    .selectFrom('care_proceedings')
    .select('issue_date')
    .where('id', '=', proceedingsId)
    .executeTakeFirstOrThrow();
  if (date < proceedings.issue_date)
    throw new RecordIntegrityError(field, 'The date must be on or after the day the application was issued', undefined);
}

/** Why no family group decision-making was offered, as the court's forms ask it. */
export interface NotOffered {
  reason: NotOfferedReason;
  detail?: string | null;
}

/**
 * Before pre-proceedings and before proceedings are issued, each child's family is offered family
 * group decision-making (Children's Wellbeing and Schools Act 2026); for the children not offered it,
 * the reason why not is recorded with the court's record, or the record is refused.
 */
export async function familyGroupOfferedOrWhyNot(
  trx: Kysely<Database>,
  actor: Actor,
  record: { preProceedingsId?: number; careProceedingsId?: number; childIds: number[]; on: string },
  notOffered: NotOffered | null | undefined,
  offeredAlready = false,
) {
  const offered = offeredAlready ? new Set(record.childIds) : await offeredBefore(trx, record.childIds, record.on);
  const notOfferedTo = record.childIds.filter((childId) => !offered.has(childId));
  if (notOfferedTo.length === 0) return;
  if (!notOffered)
    throw new RecordIntegrityError(
      'notOfferedReason',
      `No family group decision-making was offered in the ${offerWindowMonths} months before: select why not`,
      undefined,
    );
  await recordNotOffered(trx, actor, { ...record, childIds: notOfferedTo, ...notOffered });
}

/** The children a family record is about; a record about nobody is refused. */
function childrenOf(childIds: readonly number[]): number[] {
  const unique = [...new Set(childIds)];
  if (unique.length === 0) throw new RecordIntegrityError('childIds', 'Select at least one child', undefined);
  return unique;
}

export interface PreProceedingsStart {
  familyId?: number | null;
  childIds: number[];
  startDate: string;
  letterBeforeProceedingsDate?: string | null;
  initialMeetingDate?: string | null;
  /** Why no family group decision-making was offered, when it was not. */
  notOffered?: NotOffered | null;
}

/** Pre-proceedings under the Public Law Outline, for one or more children of a family. */
export function startPreProceedings(db: Kysely<Database>, actor: Actor, start: PreProceedingsStart) {
  return writeChildRecord(db, actor, async (trx) => {
    const childIds = childrenOf(start.childIds);
    // A child is in one pre-proceedings at a time: a second would double their review meetings and decision.
    const open = await trx
      .selectFrom('pre_proceedings_children as c')
      .innerJoin('pre_proceedings as p', 'p.id', 'c.pre_proceedings_id')
      .select('c.child_id')
      .where('c.child_id', 'in', childIds)
      .where('p.decision_date', 'is', null)
      .executeTakeFirst();
    if (open)
      throw new RecordIntegrityError(
        'childIds',
        'Pre-proceedings are already open for a child chosen: record what has happened in those instead',
        undefined,
      );
    const record = await trx
      .insertInto('pre_proceedings')
      .values({
        family_id: start.familyId ?? (await familyOf(trx, childIds)),
        start_date: start.startDate,
        letter_before_proceedings_date: start.letterBeforeProceedingsDate ?? null,
        initial_meeting_date: start.initialMeetingDate ?? null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('pre_proceedings_children')
      .values(childIds.map((childId) => ({ pre_proceedings_id: record.id, child_id: childId })))
      .execute();
    await familyGroupOfferedOrWhyNot(
      trx,
      actor,
      { preProceedingsId: record.id, childIds, on: start.startDate },
      start.notOffered,
    );
    return { record, recordType: 'pre_proceedings', recordId: record.id, childIds };
  });
}

export const preProceedingsChildren = async (trx: Kysely<Database>, preProceedingsId: number) =>
  (
    await trx
      .selectFrom('pre_proceedings_children')
      .select('child_id')
      .where('pre_proceedings_id', '=', preProceedingsId)
      .execute()
  ).map((row) => row.child_id);

export const proceedingsChildren = async (trx: Kysely<Database>, proceedingsId: number) =>
  (
    await trx
      .selectFrom('proceedings_children')
      .select('child_id')
      .where('proceedings_id', '=', proceedingsId)
      .execute()
  ).map((row) => row.child_id);

export interface PreProceedingsProgress {
  preProceedingsId: number;
  version: number;
  letterBeforeProceedingsDate?: string;
  initialMeetingDate?: string;
  decisionDate?: string;
  outcome?: PreProceedingsOutcome;
  outcomeDetail?: string;
}

/** The letter, the initial meeting and the decision, each recorded once it has happened. */
export function recordPreProceedingsProgress(db: Kysely<Database>, actor: Actor, progress: PreProceedingsProgress) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'pre_proceedings',
      id: progress.preProceedingsId,
      version: progress.version,
      values: {
        letter_before_proceedings_date: progress.letterBeforeProceedingsDate,
        initial_meeting_date: progress.initialMeetingDate,
        decision_date: progress.decisionDate,
        outcome: progress.outcome,
        outcome_detail: progress.outcomeDetail,
      },
    });
    return {
      record,
      recordType: 'pre_proceedings',
      recordId: progress.preProceedingsId,
      childIds: await preProceedingsChildren(trx, progress.preProceedingsId),
    };
  });
}

/** A legal planning meeting or review meeting held during pre-proceedings. */
export function recordPreProceedingsMeeting(
  db: Kysely<Database>,
  actor: Actor,
  meeting: { preProceedingsId: number; meetingType: PreProceedingsMeetingType; meetingDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('pre_proceedings_meetings')
      .values({
        pre_proceedings_id: meeting.preProceedingsId,
        meeting_type: meeting.meetingType,
        meeting_date: meeting.meetingDate,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record,
      recordType: 'pre_proceedings_meetings',
      recordId: record.id,
      childIds: await preProceedingsChildren(trx, meeting.preProceedingsId),
    };
  });
}

export interface CareProceedingsIssue {
  familyId?: number | null;
  preProceedingsId?: number | null;
  childIds: number[];
  issueDate: string;
  court: string;
  courtReference?: string | null;
  /** Why no family group decision-making was offered, when it was not. */
  notOffered?: NotOffered | null;
}

/** Care proceedings issued for one or more children of a family. */
export function issueCareProceedings(db: Kysely<Database>, actor: Actor, issue: CareProceedingsIssue) {
  return writeChildRecord(db, actor, async (trx) => {
    const childIds = childrenOf(issue.childIds);
    const record = await trx
      .insertInto('care_proceedings')
      .values({
        family_id: issue.familyId ?? (await familyOf(trx, childIds)),
        pre_proceedings_id: issue.preProceedingsId ?? null,
        issue_date: issue.issueDate,
        court: issue.court.trim(),
        court_reference: issue.courtReference ?? null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('proceedings_children')
      .values(childIds.map((childId) => ({ proceedings_id: record.id, child_id: childId })))
      .execute();
    // Pre-proceedings recorded before the family group area kept the offer as a date of their own.
    const offeredInPreProceedings = issue.preProceedingsId
      ? (
          await trx
            .selectFrom('pre_proceedings')
            .select('family_group_meeting_offered_date')
            .where('id', '=', issue.preProceedingsId)
            .executeTakeFirst()
        )?.family_group_meeting_offered_date
      : null;
    await familyGroupOfferedOrWhyNot(
      trx,
      actor,
      { careProceedingsId: record.id, childIds, on: issue.issueDate },
      issue.notOffered,
      Boolean(offeredInPreProceedings),
    );
    return { record, recordType: 'care_proceedings', recordId: record.id, childIds };
  });
}

/** An extension of the timetable granted by the court (Children Act 1989 s32(5)). */
export function recordProceedingsExtension(
  db: Kysely<Database>,
  actor: Actor,
  extension: { proceedingsId: number; grantedDate: string; weeks: number; reason: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('proceedings_extensions')
      .values({
        proceedings_id: extension.proceedingsId,
        granted_date: extension.grantedDate,
        weeks: extension.weeks,
        reason: extension.reason.trim(),
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record,
      recordType: 'proceedings_extensions',
      recordId: record.id,
      childIds: await proceedingsChildren(trx, extension.proceedingsId),
    };
  });
}

/** The proceedings concluded, with the final order made for each child. */
export function concludeCareProceedings(
  db: Kysely<Database>,
  actor: Actor,
  conclusion: {
    proceedingsId: number;
    version: number;
    conclusionDate: string;
    finalOrders: Record<number, FinalOrder>;
  },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'care_proceedings',
      id: conclusion.proceedingsId,
      version: conclusion.version,
      values: { conclusion_date: conclusion.conclusionDate },
    });
    const childIds = await proceedingsChildren(trx, conclusion.proceedingsId);
    for (const childId of childIds) {
      const finalOrder = conclusion.finalOrders[childId];
      if (finalOrder === undefined) continue;
      await trx
        .updateTable('proceedings_children')
        .set((eb) => ({ final_order: finalOrder, version: eb('version', '+', 1) }))
        .where('proceedings_id', '=', conclusion.proceedingsId)
        .where('child_id', '=', childId)
        .execute();
    }
    return { record, recordType: 'care_proceedings', recordId: conclusion.proceedingsId, childIds };
  });
}

export interface Hearing {
  proceedingsId: number;
  hearingDate: string;
  hearingType: HearingType;
  court: string;
  outcome?: string | null;
  nextHearingDate?: string | null;
}

/** A hearing of the proceedings, with what it decided and when the court listed the next one. */
export function recordHearing(db: Kysely<Database>, actor: Actor, hearing: Hearing) {
  return writeChildRecord(db, actor, async (trx) => {
    await notBeforeIssue(trx, hearing.proceedingsId, hearing.hearingDate, 'hearingDate');
    const record = await trx
      .insertInto('proceedings_hearings')
      .values({
        proceedings_id: hearing.proceedingsId,
        hearing_date: hearing.hearingDate,
        hearing_type: hearing.hearingType,
        court: hearing.court.trim(),
        outcome: hearing.outcome ?? null,
        next_hearing_date: hearing.nextHearingDate ?? null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record,
      recordType: 'proceedings_hearings',
      recordId: record.id,
      childIds: await proceedingsChildren(trx, hearing.proceedingsId),
    };
  });
}

/** Interim orders made on one day, each for a child of the proceedings; a row on each child's record. */
export function recordInterimOrders(
  db: Kysely<Database>,
  actor: Actor,
  made: { proceedingsId: number; madeDate: string; orders: { childId: number; orderType: InterimOrder }[] },
) {
  return writeChildRecord(db, actor, async (trx) => {
    if (made.orders.length === 0)
      throw new RecordIntegrityError('orders', 'Select the interim order made for at least one child', undefined);
    await notBeforeIssue(trx, made.proceedingsId, made.madeDate, 'madeDate');
    const children = await proceedingsChildren(trx, made.proceedingsId);
    if (made.orders.some((order) => !children.includes(order.childId)))
      throw new RecordIntegrityError(
        'orders',
        'An interim order can only be for a child of these proceedings',
        undefined,
      );
    const records = await trx
      .insertInto('proceedings_interim_orders')
      .values(
        made.orders.map((order) => ({
          proceedings_id: made.proceedingsId,
          child_id: order.childId,
          order_type: order.orderType,
          made_date: made.madeDate,
          created_by: actor.userId,
          updated_by: actor.userId,
        })),
      )
      .returningAll()
      .execute();
    return {
      record: records,
      recordType: 'care_proceedings',
      recordId: made.proceedingsId,
      childIds: made.orders.map((order) => order.childId),
    };
  });
}

/** Proceedings issued in a period, counted by proceedings, by child and by family (a proceedings with no family group is one family). */
export async function proceedingsIssuedCounts(db: Kysely<Database>, period: { from: string; to: string }) {
  const { rows } = await sql<{ proceedings: number; children: number; families: number }>`
    select count(distinct p.id) as proceedings, count(distinct pc.child_id) as children,
      count(distinct coalesce('family-' || p.family_id, 'proceedings-' || p.id)) as families
    from care_proceedings p join proceedings_children pc on pc.proceedings_id = p.id
    where p.issue_date between ${period.from} and ${period.to}`.execute(db);
  const row = rows[0]!;
  return { proceedings: row.proceedings, children: row.children, families: row.families };
}

/**
 * A row of the family's court record (a hearing, an extension, the PLO itself) that this child is
 * party to: `through` names the table of the children it is about and the column linking them.
 */
export async function familyRowOfChild(
  db: Kysely<Database>,
  record: {
    table: 'care_proceedings' | 'proceedings_hearings' | 'proceedings_extensions' | 'pre_proceedings';
    id: number;
    childId: number;
  },
) {
  const [children, link] =
    record.table === 'pre_proceedings'
      ? (['pre_proceedings_children', sql`pre_proceedings_id = r.id`] as const)
      : record.table === 'care_proceedings'
        ? (['proceedings_children', sql`proceedings_id = r.id`] as const)
        : (['proceedings_children', sql`proceedings_id = r.proceedings_id`] as const);
  const { rows } = await sql<Record<string, unknown> & { id: number; version: number }>`
    select r.* from ${sql.table(record.table)} r
    where r.id = ${record.id}
      and exists (select 1 from ${sql.table(children)} where ${link} and child_id = ${record.childId})`.execute(db);
  return rows[0];
}
