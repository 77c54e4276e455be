// Single assessment rules over plain data; the database enforces the same ones (0012_assessment.ts).
import { codesIn } from '../../core/codeLists.ts';
import {
  assessmentFactors,
  noFactorsIdentified,
  referralSources,
  type AssessmentFactor,
  type ReferralSource,
} from './codes.ts';

/**
 * The factors identified at assessment as the CIN census wants them: each code once (rule 8898),
 * known codes only, and "21 No factors identified" on its own (rule 8869). Returns the codes in
 * the census order, or the message to show.
 */
export function factorsIdentified(codes: readonly string[]): { factors: AssessmentFactor[] } | { message: string } {
  const known = codesIn(assessmentFactors);
  const unknown = codes.filter((code) => !known.includes(code as AssessmentFactor));
  if (unknown.length > 0)
    return { message: `Select factors from the list (${unknown.join(', ')} is not a CIN census factor)` };
  const factors = known.filter((code) => codes.includes(code));
  if (factors.includes(noFactorsIdentified) && factors.length > 1) {
    return { message: 'Select “No factors identified” only when no other factor applies' };
  }
  return { factors };
}

export interface EpisodeAtClosure {
  /** The child's CIN and CP plans, with their end dates if ended. */
  plans: { kind: 'child-in-need' | 'child-protection'; startDate: string; endDate: string | null }[];
  /** The episode's single assessments. */
  assessments: { startDate: string; authorisationDate: string | null }[];
}

/**
 * Why a CIN episode cannot close on a date, if it cannot: the CIN census closes an episode only
 * after its plans have ended (CIN census validation: plan end dates on or before the CIN closure
 * date) and its assessments are authorised (assessment completion before closure).
 */
export function referralClosureBlockers(closureDate: string, episode: EpisodeAtClosure): string[] {
  const blockers: string[] = [];
  const stillOpen = (plan: EpisodeAtClosure['plans'][number]) =>
    plan.startDate <= closureDate && (plan.endDate === null || plan.endDate > closureDate);
  if (episode.plans.some((plan) => plan.kind === 'child-protection' && stillOpen(plan)))
    blockers.push('End the child protection plan before closing the referral: it is still open on the closure date');
  if (episode.plans.some((plan) => plan.kind === 'child-in-need' && stillOpen(plan)))
    blockers.push('End the child in need plan before closing the referral: it is still open on the closure date');
  if (
    episode.assessments.some(
      (assessment) => assessment.authorisationDate === null || assessment.authorisationDate > closureDate,
    )
  ) {
    blockers.push(
      'Authorise the assessment before closing the referral: an assessment in this episode is not authorised by the closure date',
    );
  }
  return blockers;
}

/**
 * One assessment at a time: a new one starts only while the referral (CIN episode) is open and
 * once every earlier assessment of it is authorised. The message to show, if it cannot start.
 */
export function assessmentStartProblem(
  referral: { closure_date: string | null },
  assessments: readonly { authorisation_date: string | null }[],
): string | undefined {
  if (referral.closure_date) return 'This referral is closed: an assessment cannot start in it';
  if (assessments.some((assessment) => !assessment.authorisation_date))
    return 'An assessment of this referral is already under way';
  return undefined;
}

/** A manager authorises an assessment once it is submitted, and only once. The message, if not. */
export function authorisationProblem(assessment: {
  submitted_date: string | null;
  authorisation_date: string | null;
}): string | undefined {
  if (assessment.authorisation_date) return 'This assessment is already authorised';
  if (!assessment.submitted_date) return 'The assessment must be submitted for authorisation first';
  return undefined;
}

/** "Police (6)": a referral source as a chronology or list names it. */
export const sourceName = (code: string): string =>
  `${referralSources[code as ReferralSource] ?? 'Unknown source'} (${code})`;

/**
 * Why a submission cannot go to the manager as it stands, if it cannot: a child seen during the
 * assessment must be heard in their own words, and a child not seen needs the reason why (Working
 * Together 2023: the child is seen, and seen alone where appropriate, and their wishes and feelings
 * are sought; not seeing them is a decision to explain).
 */
export function childSeenProblem(submission: {
  childSeenDate: string | null;
  childNotSeenReason: string | null;
  wishesAndFeelings: string | null;
}): { field: string; message: string } | undefined {
  if (submission.childSeenDate && submission.childNotSeenReason)
    return {
      field: 'childNotSeenReason',
      message: 'Give the reason the child was not seen only if they were not seen',
    };
  if (submission.childSeenDate && !submission.wishesAndFeelings)
    return { field: 'wishesAndFeelings', message: 'Enter the child’s wishes and feelings, in their own words' };
  if (!submission.childSeenDate && !submission.childNotSeenReason)
    return { field: 'childNotSeenReason', message: 'Enter why the child was not seen during the assessment' };
  return undefined;
}
