import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import type { AssessmentOutcome } from './codes.ts';
import type { VoiceGatheredBy } from '../../platform/records/childsVoice.ts';
import { childSeenProblem } from './model.ts';
import { recordStep, type RecordRef } from '../../platform/records/writes.ts';

export interface AssessmentSubmission extends RecordRef {
  childSeenDate: string | null;
  childSeenAlone: boolean;
  /** The outcome the social worker recommends; the manager confirms it on authorising. */
  outcome: AssessmentOutcome;
  submittedDate: string;
  childsLivedExperience: string;
  parentsViews: string;
  analysis: string;
  recommendation: string;
  /** The child's voice: needed when they were seen (childSeenProblem). */
  wishesAndFeelings: string | null;
  voiceGathered: VoiceGatheredBy[];
  /** Why the child was not seen, when they were not. */
  childNotSeenReason: string | null;
}

/**
 * The social worker sends the assessment to their manager: when the child was seen (alone or
 * not) or why they were not, the child's wishes and feelings in their own words and how they were
 * gathered, the child's lived experience, the parents' views, their analysis, the recommended
 * outcome and why, and the date submitted. Factors are recorded at authorisation
 * (CIN census 8614: only a completed assessment has factors). An authorised assessment is final.
 */
export async function submitAssessment(db: Kysely<Database>, actor: Actor, input: AssessmentSubmission) {
  const unseen = childSeenProblem(input);
  if (unseen) throw new RecordIntegrityError(unseen.field, unseen.message, undefined);
  const current = await db
    .selectFrom('assessments')
    .select(['authorisation_date', 'version'])
    .where('id', '=', input.id)
    .where('child_id', '=', input.childId)
    .executeTakeFirst();
  if (current?.authorisation_date && current.version === input.version) {
    throw new RecordIntegrityError('record', 'This assessment is authorised and can no longer be changed', undefined);
  }
  return recordStep(db, actor, {
    table: 'assessments',
    id: input.id,
    childId: input.childId,
    version: input.version,
    // Until it is authorised, the social worker may send it again: the latest submission stands.
    mayReplace: [
      'child_seen_date',
      'child_seen_alone',
      'outcome',
      'submitted_date',
      'childs_lived_experience',
      'parents_views',
      'analysis',
      'recommendation',
      'wishes_and_feelings',
      'voice_gathered',
      'child_not_seen_reason',
    ],
    values: {
      child_seen_date: input.childSeenDate,
      child_seen_alone: input.childSeenAlone,
      outcome: input.outcome,
      submitted_date: input.submittedDate,
      childs_lived_experience: input.childsLivedExperience,
      parents_views: input.parentsViews,
      analysis: input.analysis,
      recommendation: input.recommendation,
      wishes_and_feelings: input.wishesAndFeelings,
      voice_gathered: input.voiceGathered,
      child_not_seen_reason: input.childNotSeenReason,
    },
    step: 'Assessment submitted for authorisation',
  });
}

/** Of these children's assessments, those submitted and waiting for a manager to authorise them (their ids). */
export async function assessmentsAwaitingAuthorisation(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<number[]> {
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('assessments')
    .select('id')
    .where('child_id', 'in', [...childIds])
    .where('submitted_date', 'is not', null)
    .where('authorisation_date', 'is', null)
    .execute();
  return rows.map((row) => row.id);
}
