// The looked-after child's reviews, health, dental checks, education plans and statutory visits.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordViewed, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints } from '../../platform/records/integrity.ts';
import { writeChildRecord } from '../../platform/records/writes.ts';
import type { HealthAssessmentType, ReviewParticipation } from './codes.ts';
import type { VoiceGatheredBy } from '../../platform/records/childsVoice.ts';
import { chosenWorker, type WorkerRole } from '../workforce/index.ts';

explainConstraints({
  looked_after_reviews_one_a_day: { field: 'reviewDate', message: 'A review is already recorded for this date' },
  looked_after_reviews_participation_check: {
    field: 'participation',
    message: 'Select how the child took part in the review',
  },
  health_assessments_one_a_day: {
    field: 'assessmentDate',
    message: 'A health assessment is already recorded for this date',
  },
  health_assessments_assessment_type_check: {
    field: 'assessmentType',
    message: 'Select whether this is an initial or review health assessment',
  },
  dental_checks_one_a_day: { field: 'checkDate', message: 'A dental check is already recorded for this date' },
  personal_education_plans_one_a_day: {
    field: 'planDate',
    message: 'A personal education plan is already recorded for this date',
  },
});

const by = (actor: Actor) => ({ created_by: actor.userId, updated_by: actor.userId });

/** The workers who chair looked-after reviews: independent reviewing officers (CPPCR reg 36). */
export const reviewChairRoles = ['iro'] as const satisfies readonly WorkerRole[];

/**
 * A review of the looked-after child (CPPCR reg 32–33; 903 REVIEW and REVIEW_CODE), chaired by an
 * independent reviewing officer in post on the day, with the child's wishes and feelings as heard.
 */
export function recordLookedAfterReview(
  db: Kysely<Database>,
  actor: Actor,
  review: {
    childId: number;
    reviewDate: string;
    participation: ReviewParticipation;
    iroId?: number;
    wishesAndFeelings?: string | null;
    voiceGathered?: VoiceGatheredBy[];
    seenAlone?: boolean | null;
  },
) {
  return writeChildRecord(db, actor, async (trx) => {
    if (review.iroId !== undefined)
      await chosenWorker(trx, {
        workerId: review.iroId,
        on: review.reviewDate,
        roles: reviewChairRoles,
        field: 'iroId',
        message: 'Select the independent reviewing officer from the list: one in post on the day of the review',
      });
    const record = await trx
      .insertInto('looked_after_reviews')
      .values({
        child_id: review.childId,
        review_date: review.reviewDate,
        participation: review.participation,
        iro_worker_id: review.iroId ?? null,
        wishes_and_feelings: review.wishesAndFeelings ?? null,
        voice_gathered: review.voiceGathered ?? [],
        seen_alone: review.seenAlone ?? null,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'looked_after_reviews', recordId: record.id, childIds: [review.childId] };
  });
}

/** An initial or review health assessment (CPPCR reg 7). */
export function recordHealthAssessment(
  db: Kysely<Database>,
  actor: Actor,
  assessment: { childId: number; assessmentDate: string; assessmentType: HealthAssessmentType },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('health_assessments')
      .values({
        child_id: assessment.childId,
        assessment_date: assessment.assessmentDate,
        assessment_type: assessment.assessmentType,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'health_assessments', recordId: record.id, childIds: [assessment.childId] };
  });
}

/** A dental check (903 OC2 TEETH_CHECK). */
export function recordDentalCheck(db: Kysely<Database>, actor: Actor, check: { childId: number; checkDate: string }) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('dental_checks')
      .values({ child_id: check.childId, check_date: check.checkDate, ...by(actor) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'dental_checks', recordId: record.id, childIds: [check.childId] };
  });
}

/** A personal education plan, or its review (CPPCR reg 5). */
export function recordPersonalEducationPlan(
  db: Kysely<Database>,
  actor: Actor,
  plan: { childId: number; planDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('personal_education_plans')
      .values({ child_id: plan.childId, plan_date: plan.planDate, ...by(actor) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'personal_education_plans', recordId: record.id, childIds: [plan.childId] };
  });
}

/** Reviews, health, dental checks and education plans for the child, earliest first; audits the view. (Visits: src/planning.) */
export async function viewLookedAfterRecords(db: Kysely<Database>, actor: Actor, childId: number) {
  const [reviews, healthAssessments, dentalChecks, personalEducationPlans] = await Promise.all([
    db.selectFrom('looked_after_reviews').selectAll().where('child_id', '=', childId).orderBy('review_date').execute(),
    db
      .selectFrom('health_assessments')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('assessment_date')
      .execute(),
    db.selectFrom('dental_checks').selectAll().where('child_id', '=', childId).orderBy('check_date').execute(),
    db
      .selectFrom('personal_education_plans')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('plan_date')
      .execute(),
  ]);
  await childRecordViewed(db, actor, String(childId), 'looked_after_reviews');
  return { reviews, healthAssessments, dentalChecks, personalEducationPlans };
}
