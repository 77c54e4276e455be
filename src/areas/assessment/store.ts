import type { Kysely } from 'kysely';
import { recordStep, type RecordRef } from '../../platform/records/writes.ts';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import type { ReferralSource } from './codes.ts';
import type { AssessmentOutcome, ClosureReason, PrimaryNeedCode } from './codes.ts';
import { assessmentStartProblem, authorisationProblem, factorsIdentified } from './model.ts';
import type { Assessment, Referral } from './schema.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { amendRecord } from '../../platform/records/amend.ts';

const factorsMessage = 'Select factors from the list; “No factors identified” cannot be selected with another factor';

explainConstraints({
  referrals_source_check: { field: 'source', message: 'Select the source of the referral from the list' },
  referrals_primary_need_check: { field: 'primaryNeed', message: 'Select the primary need from the list' },
  referrals_closure_reason_check: { field: 'closureReason', message: 'Select the reason for closure from the list' },
  referrals_closure_reason: {
    field: 'closureReason',
    message: 'Enter both the closure date and the reason for closure',
  },
  referrals_end_after_start: {
    field: 'closureDate',
    message: 'The closure date must be on or after the referral date',
  },
  referrals_no_overlap: {
    field: 'referralDate',
    message: 'This overlaps another referral (CIN episode) for the child',
  },
  referrals_one_open: {
    field: 'referralDate',
    message: 'The child already has an open referral (CIN episode): close it first',
  },
  referrals_contact: { field: 'contactId', message: 'Select a contact about this child' },
  assessments_referral: { field: 'referralId', message: 'Select a referral for this child' },
  assessments_end_after_start: {
    field: 'authorisationDate',
    message: 'The authorisation date must be on or after the start date',
  },
  assessments_submitted_after_start: {
    field: 'submittedDate',
    message: 'The date submitted must be on or after the start date',
  },
  assessments_seen_alone_needs_seen: { field: 'childSeenDate', message: 'Enter the date the child was seen' },
  assessments_factors_known: { field: 'factors', message: factorsMessage },
  assessments_no_factors_alone: { field: 'factors', message: factorsMessage },
  assessments_factors_when_authorised: {
    field: 'factors',
    message: 'Record factors when the assessment is authorised',
  },
  assessments_outcome_check: { field: 'outcome', message: 'Select the outcome of the assessment from the list' },
  assessments_wishes_and_feelings_length: {
    field: 'wishesAndFeelings',
    message: 'The child’s wishes and feelings must be 10,000 characters or fewer',
  },
  assessments_voice_gathered_known: {
    field: 'voiceGathered',
    message: 'Select how the child’s wishes and feelings were gathered from the list',
  },
  assessments_voice_gathered_with_words: {
    field: 'voiceGathered',
    message: 'Enter the child’s wishes and feelings with how they were gathered',
  },
  assessments_child_not_seen_reason_length: {
    field: 'childNotSeenReason',
    message: 'The reason the child was not seen must be 2000 characters or fewer',
  },
  assessments_not_seen_reason_when_not_seen: {
    field: 'childNotSeenReason',
    message: 'Give the reason the child was not seen only if they were not seen',
  },
});

export interface NewReferral {
  childId: number;
  referralDate: string;
  source: ReferralSource;
  primaryNeed?: PrimaryNeedCode | null;
  /** The contact the referral came from. */
  contactId?: number | null;
  /** CIN census ReferralNFA: no further action after the referral. */
  noFurtherAction?: boolean;
  closure?: { date: string; reason: ClosureReason };
}

/** Opens a CIN episode (or records a closed one, such as an NFA referral). */
export function recordReferral(db: Kysely<Database>, actor: Actor, input: NewReferral): Promise<Referral> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const referral = await trx
        .insertInto('referrals')
        .values({
          child_id: input.childId,
          referral_date: input.referralDate,
          source: input.source,
          primary_need: input.primaryNeed ?? null,
          contact_id: input.contactId ?? null,
          no_further_action: input.noFurtherAction ?? false,
          closure_date: input.closure?.date ?? null,
          closure_reason: input.closure?.reason ?? null,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'referrals',
        recordId: referral.id,
        detail: { action: 'created' },
      });
      return referral;
    }),
  );
}

/** A record as the person saw it: the version guards against overwriting someone else's change. */

/** Closes the CIN episode (CINclosureDate, ReasonForClosure). */
/**
 * The CIN episode (referral) open for the child on a day, which a strategy discussion or a child in
 * need plan made that day belongs to: referred on or before it and not closed before it.
 */
export function openReferralOn(db: Kysely<Database>, childId: number, on: string) {
  return db
    .selectFrom('referrals')
    .select(['id', 'referral_date'])
    .where('child_id', '=', childId)
    .where('referral_date', '<=', on)
    .where((eb) => eb.or([eb('closure_date', 'is', null), eb('closure_date', '>=', on)]))
    .orderBy('referral_date', 'desc')
    .executeTakeFirst();
}

/**
 * Corrects the referral's primary need (CIN census N0–N9): a correction, not progress, so the
 * previous code, who changed it and why are kept in record_amendments and shown in the chronology.
 */
export function correctPrimaryNeed(
  db: Kysely<Database>,
  actor: Actor,
  input: RecordRef & { primaryNeed: PrimaryNeedCode; reason: string },
) {
  return amendRecord(db, actor, {
    table: 'referrals',
    recordId: input.id,
    childId: input.childId,
    version: input.version,
    changes: { primary_need: input.primaryNeed },
    reason: input.reason,
  });
}

/** The children's referrals (CIN episodes) since a day, newest first: the front door's view of recent history. */
export function referralsSince(db: Kysely<Database>, childIds: readonly number[], since: string) {
  if (childIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('referrals')
    .select(['id', 'child_id', 'referral_date', 'closure_date'])
    .where('child_id', 'in', [...childIds])
    .where((eb) => eb.or([eb('referral_date', '>=', since), eb('closure_date', 'is', null)]))
    .orderBy('referral_date', 'desc')
    .execute();
}

export function closeReferral(
  db: Kysely<Database>,
  actor: Actor,
  input: RecordRef & { closureDate: string; closureReason: ClosureReason },
) {
  return recordStep(db, actor, {
    table: 'referrals',
    id: input.id,
    childId: input.childId,
    version: input.version,
    values: { closure_date: input.closureDate, closure_reason: input.closureReason },
    step: 'Referral closed',
  });
}

export function startAssessment(
  db: Kysely<Database>,
  actor: Actor,
  input: { childId: number; referralId: number; startDate: string },
): Promise<Assessment> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      // The referral row is locked so two assessments cannot start in it at once.
      const referral = await trx
        .selectFrom('referrals')
        .select('closure_date')
        .where('id', '=', input.referralId)
        .where('child_id', '=', input.childId)
        .forUpdate()
        .executeTakeFirst();
      if (referral) {
        const earlier = await trx
          .selectFrom('assessments')
          .select('authorisation_date')
          .where('referral_id', '=', input.referralId)
          .execute();
        const problem = assessmentStartProblem(referral, earlier);
        if (problem) throw new RecordIntegrityError('startDate', problem, undefined);
      }
      const assessment = await trx
        .insertInto('assessments')
        .values({
          child_id: input.childId,
          referral_id: input.referralId,
          start_date: input.startDate,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'assessments',
        recordId: assessment.id,
        detail: { action: 'created', referralId: input.referralId },
      });
      return assessment;
    }),
  );
}

export interface AssessmentAuthorisation extends RecordRef {
  childSeenDate?: string | null;
  childSeenAlone?: boolean;
  submittedDate?: string | null;
  authorisationDate: string;
  /** The manager who authorised it, when not the person recording it. */
  authorisedBy?: number | null;
  factors: string[];
  outcome: AssessmentOutcome;
}

/** Completes the assessment (AssessmentAuthorisationDate) with the factors identified and its outcome. */
export async function authoriseAssessment(db: Kysely<Database>, actor: Actor, input: AssessmentAuthorisation) {
  const identified = factorsIdentified(input.factors);
  if ('message' in identified) throw new RecordIntegrityError('factors', identified.message, undefined);
  const current = await db
    .selectFrom('assessments')
    .select(['submitted_date', 'authorisation_date', 'version'])
    .where('id', '=', input.id)
    .where('child_id', '=', input.childId)
    .executeTakeFirst();
  // An authorised assessment is final (a stale version is the version check's to report, as a
  // conflict). Submission first is the pages' workflow (authorisationProblem); a completed
  // assessment recorded directly, as an import of past work, has no submission date to require.
  if (current?.version === input.version && current.authorisation_date)
    throw new RecordIntegrityError('record', authorisationProblem(current)!, undefined);
  return recordStep(db, actor, {
    table: 'assessments',
    id: input.id,
    childId: input.childId,
    version: input.version,
    // The manager confirms (or changes) what the social worker submitted.
    mayReplace: ['child_seen_date', 'child_seen_alone', 'outcome', 'submitted_date'],
    values: {
      ...(input.childSeenDate === undefined ? {} : { child_seen_date: input.childSeenDate }),
      ...(input.childSeenAlone === undefined ? {} : { child_seen_alone: input.childSeenAlone }),
      ...(input.submittedDate === undefined ? {} : { submitted_date: input.submittedDate }),
      authorisation_date: input.authorisationDate,
      authorised_by: input.authorisedBy ?? actor.userId,
      factors: identified.factors,
      outcome: input.outcome,
    },
    step: 'Assessment authorised',
  });
}
