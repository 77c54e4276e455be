import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordViewed, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError } from '../../platform/records/integrity.ts';
import { recordProgress, writeChildRecord } from '../../platform/records/writes.ts';
import type { FinalOrder, PreProceedingsMeetingType, PreProceedingsOutcome } from './codes.ts';
import { maximumExtensionWeeks } from './model.ts';

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
});

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
}

/** Pre-proceedings under the Public Law Outline, for one or more children of a family. */
export function startPreProceedings(db: Kysely<Database>, actor: Actor, start: PreProceedingsStart) {
  return writeChildRecord(db, actor, async (trx) => {
    const childIds = childrenOf(start.childIds);
    const record = await trx
      .insertInto('pre_proceedings')
      .values({
        family_id: start.familyId ?? null,
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
    return { record, recordType: 'pre_proceedings', recordId: record.id, childIds };
  });
}

const preProceedingsChildren = async (trx: Kysely<Database>, preProceedingsId: number) =>
  (
    await trx
      .selectFrom('pre_proceedings_children')
      .select('child_id')
      .where('pre_proceedings_id', '=', preProceedingsId)
      .execute()
  ).map((row) => row.child_id);

const proceedingsChildren = async (trx: Kysely<Database>, proceedingsId: number) =>
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
}

/** Care proceedings issued for one or more children of a family. */
export function issueCareProceedings(db: Kysely<Database>, actor: Actor, issue: CareProceedingsIssue) {
  return writeChildRecord(db, actor, async (trx) => {
    const childIds = childrenOf(issue.childIds);
    const record = await trx
      .insertInto('care_proceedings')
      .values({
        family_id: issue.familyId ?? null,
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

/** The child's pre-proceedings and care proceedings, with the other children each is about; audits the view. */
export async function viewCourtRecord(db: Kysely<Database>, actor: Actor, childId: number) {
  const preProceedings = await db
    .selectFrom('pre_proceedings')
    .innerJoin('pre_proceedings_children', 'pre_proceedings_children.pre_proceedings_id', 'pre_proceedings.id')
    .selectAll('pre_proceedings')
    .where('pre_proceedings_children.child_id', '=', childId)
    .orderBy('pre_proceedings.start_date')
    .execute();
  const careProceedings = await db
    .selectFrom('care_proceedings')
    .innerJoin('proceedings_children', 'proceedings_children.proceedings_id', 'care_proceedings.id')
    .selectAll('care_proceedings')
    .select('proceedings_children.final_order')
    .where('proceedings_children.child_id', '=', childId)
    .orderBy('care_proceedings.issue_date')
    .execute();
  await childRecordViewed(db, actor, String(childId), 'care_proceedings');
  return { preProceedings, careProceedings };
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
