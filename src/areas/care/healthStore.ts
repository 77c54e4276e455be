// The looked-after child's health records (903 OC2): health assessments and dental checks (0021's
// tables, written by reviews.ts), the SDQ, immunisations and substance misuse; and reading them all.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { explainConstraints } from '../../platform/records/integrity.ts';
import { writeChildRecord } from '../../platform/records/writes.ts';
import type { SdqReason } from './healthCodes.ts';
import './healthSchema.ts';

explainConstraints({
  sdq_scores_one_a_day: { field: 'completedOn', message: 'An SDQ is already recorded for this date' },
  sdq_scores_score_or_reason: { field: 'score', message: 'Enter the score, or select why there is none' },
  sdq_scores_score_check: { field: 'score', message: 'The score must be a whole number from 0 to 40' },
  sdq_scores_reason_not_done_check: { field: 'reasonNotDone', message: 'Select why there is no score from the list' },
  immunisation_checks_one_a_day: {
    field: 'checkedOn',
    message: 'Immunisations are already recorded as at this date',
  },
  substance_misuse_checks_one_a_day: {
    field: 'checkedOn',
    message: 'Substance misuse is already recorded for this date',
  },
  substance_misuse_checks_received_when_identified: {
    field: 'interventionReceived',
    message: 'Say whether the child received an intervention, and only when a problem was identified',
  },
  substance_misuse_checks_offered_when_not_received: {
    field: 'interventionOffered',
    message: 'Say whether an intervention was offered, and only when none was received',
  },
});

const by = (actor: Actor) => ({ created_by: actor.userId, updated_by: actor.userId });

/** A strengths and difficulties questionnaire: its score (0–40), or why there is none (OC2 SDQ_SCORE, SDQ_REASON). */
export function recordSdq(
  db: Kysely<Database>,
  actor: Actor,
  sdq: { childId: number; completedOn: string; score: number | null; reasonNotDone: SdqReason | null },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('sdq_scores')
      .values({
        child_id: sdq.childId,
        completed_on: sdq.completedOn,
        score: sdq.score,
        reason_not_done: sdq.reasonNotDone,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'sdq_scores', recordId: record.id, childIds: [sdq.childId] };
  });
}

/** Whether the child's immunisations were up to date on a day (OC2 IMMUNISATIONS). */
export function recordImmunisationCheck(
  db: Kysely<Database>,
  actor: Actor,
  check: { childId: number; checkedOn: string; upToDate: boolean },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('immunisation_checks')
      .values({ child_id: check.childId, checked_on: check.checkedOn, up_to_date: check.upToDate, ...by(actor) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'immunisation_checks', recordId: record.id, childIds: [check.childId] };
  });
}

/** A substance misuse problem identified or not, and the intervention (OC2 SUBSTANCE_MISUSE, INTERVENTION_*). */
export function recordSubstanceMisuseCheck(
  db: Kysely<Database>,
  actor: Actor,
  check: {
    childId: number;
    checkedOn: string;
    problemIdentified: boolean;
    interventionReceived: boolean | null;
    interventionOffered: boolean | null;
  },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('substance_misuse_checks')
      .values({
        child_id: check.childId,
        checked_on: check.checkedOn,
        problem_identified: check.problemIdentified,
        intervention_received: check.interventionReceived,
        intervention_offered: check.interventionOffered,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'substance_misuse_checks', recordId: record.id, childIds: [check.childId] };
  });
}

/** Every health record of the child, latest first. */
export async function healthRecordsOf(db: Kysely<Database>, childId: number) {
  const [assessments, dentalChecks, sdqs, immunisations, substanceMisuse] = await Promise.all([
    db
      .selectFrom('health_assessments')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('assessment_date', 'desc')
      .execute(),
    db.selectFrom('dental_checks').selectAll().where('child_id', '=', childId).orderBy('check_date', 'desc').execute(),
    db.selectFrom('sdq_scores').selectAll().where('child_id', '=', childId).orderBy('completed_on', 'desc').execute(),
    db
      .selectFrom('immunisation_checks')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('checked_on', 'desc')
      .execute(),
    db
      .selectFrom('substance_misuse_checks')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('checked_on', 'desc')
      .execute(),
  ]);
  return { assessments, dentalChecks, sdqs, immunisations, substanceMisuse };
}
