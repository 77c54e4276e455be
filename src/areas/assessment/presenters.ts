// The CIN episode pages' view models, form readers and record loaders, shared by their route files.
import type { Response } from 'express';
import { z } from 'zod';
import { fieldText, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { pageChildPart, readChildVoice } from '../../platform/web/childPart.ts';
import { gatheredNames } from '../../platform/records/childsVoice.ts';
import type { AssessmentSubmission } from './submission.ts';
import { referralSources } from './codes.ts';
import { codeEntries } from '../../core/codeLists.ts';
import type { Child } from '../../platform/web/childPages.ts';
import { visitsBetween } from '../visits/index.ts';
import { assessmentFactors, assessmentOutcomes, closureReasons, primaryNeedCodes } from './codes.ts';
import type { Assessment, Referral } from './schema.ts';
import { longDate } from '../../core/dateText.ts';
import { amendmentsOf } from '../../platform/records/amend.ts';
import { assessmentStartProblem, authorisationProblem, type EpisodeAtClosure } from './model.ts';
import {
  addError,
  childDueItems,
  childRecordOf,
  codeItems,
  codeOf,
  codesOf,
  dateInputs,
  hasErrors,
  may,
  mergeErrors,
  plainDate,
  readDate,
  renderChildPage,
  requiredText,
  timescalesOf,
  today,
  versionField,
} from '../../platform/web/childPages.ts';

export const referralSchema = z.object({
  source: codeOf(referralSources, 'Select the source of the referral from the list'),
  primaryNeed: codeOf(primaryNeedCodes, 'Select the primary need from the list'),
});

/** What the assessment says, each in the social worker's words: a label for its messages, its longest. */
const assessmentPractice = {
  childsLivedExperience: ['The child’s lived experience', 10000],
  parentsViews: ['The parents’ and carers’ views', 10000],
  analysis: ['Your analysis', 20000],
  recommendation: ['Your recommendation and why', 5000],
} as const;

const practiceText = ([label, max]: readonly [string, number]) =>
  requiredText(
    max,
    `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    `${label} must be ${max} characters or fewer`,
  );

const submissionSchema = z.object({
  childsLivedExperience: practiceText(assessmentPractice.childsLivedExperience),
  parentsViews: practiceText(assessmentPractice.parentsViews),
  analysis: practiceText(assessmentPractice.analysis),
  outcome: codeOf(assessmentOutcomes, 'Select the outcome of the assessment'),
  recommendation: practiceText(assessmentPractice.recommendation),
  version: versionField,
});

const notSeenReasonMax = 2000;

/** The assessment's own child answers the form's first fields (`wishesAndFeelings`), as a visit's does. */
export const assessedChild = (child: Child) => pageChildPart(child.id, child.forename);

/**
 * Whether the child was seen during the assessment — when and whether alone, or why not — and their
 * voice, needed when they were seen. The answers under the choice not taken are hidden on the form
 * (GOV.UK conditional reveal) but still posted, so they are ignored rather than refused.
 */
function readChildSeen(
  res: Response,
  child: Child,
  assessment: Assessment,
  values: Record<string, unknown>,
  errors: FormErrors,
) {
  const name = child.forename;
  const seen = fieldText(values.childSeen);
  if (seen !== 'yes' && seen !== 'no')
    addError(errors, 'childSeen', `Select yes if ${name} was seen during the assessment`);
  const childSeenDate =
    seen === 'yes'
      ? readDate(
          values,
          'childSeenDate',
          {
            label: `The date ${name} was seen`,
            notAfter: today(res),
            notBefore: plainDate(assessment.start_date),
            notBeforeMessage: `The date ${name} was seen must be on or after the start of the assessment`,
          },
          errors,
        )
      : null;
  const alone = fieldText(values.childSeenAlone);
  if (seen === 'yes' && alone !== 'yes' && alone !== 'no')
    addError(errors, 'childSeenAlone', `Select yes if ${name} was seen alone`);
  const reason = seen === 'no' ? fieldText(values.childNotSeenReason).trim() : '';
  if (seen === 'no' && !reason)
    addError(errors, 'childNotSeenReason', `Enter why ${name} was not seen during the assessment`);
  else if (reason.length > notSeenReasonMax)
    addError(errors, 'childNotSeenReason', `The reason ${name} was not seen must be 2000 characters or fewer`);
  const voice = readChildVoice(values, assessedChild(child), errors, { required: seen === 'yes' });
  return {
    childSeenDate,
    childSeenAlone: seen === 'yes' && alone === 'yes',
    childNotSeenReason: reason || null,
    ...voice,
  };
}

/** The assessment as the social worker submits it, every problem listed in the order of the page; undefined when there is one. */
export function readSubmission(
  res: Response,
  child: Child,
  assessment: Assessment,
  values: Record<string, unknown>,
  errors: FormErrors,
): Omit<AssessmentSubmission, 'childId' | 'id' | 'submittedDate'> | undefined {
  const seen = readChildSeen(res, child, assessment, values, errors);
  const form = parseForm(submissionSchema, values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  if (!form.ok || hasErrors(errors) || seen.childSeenDate === undefined) return undefined;
  return { ...form.value, ...seen, childSeenDate: seen.childSeenDate };
}

export const authorisationSchema = z.object({
  factors: codesOf(assessmentFactors, 'Select factors from the list'),
  outcome: codeOf(assessmentOutcomes, 'Select the outcome of the assessment'),
  version: versionField,
});

export const primaryNeedChangeSchema = z.object({
  primaryNeed: codeOf(primaryNeedCodes, 'Select the primary need from the list'),
  reason: requiredText(2000, 'Enter the reason for the change', 'The reason must be 2000 characters or fewer'),
  version: versionField,
});

export const closureSchema = z.object({
  closureReason: codeOf(closureReasons, 'Select the reason the referral is closing'),
  version: versionField,
});

export const assessmentPath = (assessment: Pick<Assessment, 'child_id' | 'id'>) =>
  `/children/${assessment.child_id}/assessments/${assessment.id}`;

export const referralOf = (res: Response, child: Child, id: number): Promise<Referral> =>
  childRecordOf(res, child, 'referrals', id);

export const assessmentOf = (res: Response, child: Child, id: number): Promise<Assessment> =>
  childRecordOf(res, child, 'assessments', id);

export const assessmentsOf = (res: Response, referral: Referral) =>
  res.locals.services.db
    .selectFrom('assessments')
    .selectAll()
    .where('referral_id', '=', referral.id)
    .orderBy('start_date')
    .execute();

/** The plans and assessments a closure must wait for (see referralClosureBlockers). */
export async function episodeAtClosure(res: Response, child: Child, referral: Referral): Promise<EpisodeAtClosure> {
  const { db } = res.locals.services;
  const [cinPlans, protectionPlans, assessments] = await Promise.all([
    db.selectFrom('cin_plans').select(['start_date', 'end_date']).where('child_id', '=', child.id).execute(),
    db
      .selectFrom('child_protection_plans')
      .select(['start_date', 'end_date'])
      .where('child_id', '=', child.id)
      .execute(),
    assessmentsOf(res, referral),
  ]);
  return {
    plans: [
      ...cinPlans.map((plan) => ({
        kind: 'child-in-need' as const,
        startDate: plan.start_date,
        endDate: plan.end_date,
      })),
      ...protectionPlans.map((plan) => ({
        kind: 'child-protection' as const,
        startDate: plan.start_date,
        endDate: plan.end_date,
      })),
    ],
    assessments: assessments.map((assessment) => ({
      startDate: assessment.start_date,
      authorisationDate: assessment.authorisation_date,
    })),
  };
}

export function renderClosure(
  res: Response,
  child: Child,
  referral: Referral,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'assessment/referral-close',
    child,
    {
      pageTitle: 'Close the referral',
      referral,
      values,
      errors,
      dates: dateInputs(values, errors, ['closureDate']),
      reasonItems: codeItems(closureReasons, values.closureReason, true),
    },
    status,
  );
}

const needText = (code: unknown) =>
  typeof code === 'string' && code in primaryNeedCodes
    ? `${code}: ${primaryNeedCodes[code as keyof typeof primaryNeedCodes]}`
    : 'Not recorded';

/** The referral's primary need changes, newest first: from, to, who, when and why. */
async function primaryNeedHistory(res: Response, referral: Referral) {
  const amendments = await amendmentsOf(res.locals.services.db, 'referrals', referral.id);
  return amendments
    .filter((amendment) => amendment.field === 'primary_need')
    .map((amendment) => ({
      from: needText(amendment.previous_value),
      to: needText(amendment.new_value),
      by: amendment.amended_by_name,
      at: amendment.amended_at,
      reason: amendment.reason,
    }));
}

export async function renderPrimaryNeed(
  res: Response,
  child: Child,
  referral: Referral,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'assessment/referral-primary-need',
    child,
    {
      pageTitle: 'Change the primary need',
      referral,
      need: needText(referral.primary_need),
      history: await primaryNeedHistory(res, referral),
      values,
      errors,
      needItems: codeItems(primaryNeedCodes, values.primaryNeed, true),
    },
    status,
  );
}

export function renderNewReferral(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'assessment/referral-new',
    child,
    {
      pageTitle: 'Record a referral',
      values,
      errors,
      dates: dateInputs(values, errors, ['referralDate']),
      sourceItems: [
        { value: '', text: 'Select the source' },
        ...codeEntries(referralSources).map(([value, text]) => ({
          value,
          text: `${value}: ${text}`,
          selected: values.source === value,
        })),
      ],
      needItems: codeItems(primaryNeedCodes, values.primaryNeed, true),
    },
    status,
  );
}

export async function renderReferral(
  res: Response,
  child: Child,
  referral: Referral,
  values: Record<string, unknown> = {},
  errors?: FormErrors,
  status = 200,
) {
  const assessments = await assessmentsOf(res, referral);
  renderChildPage(
    res,
    'assessment/referral',
    child,
    {
      pageTitle: 'Referral',
      referral,
      source: `${referral.source}: ${referralSources[referral.source as keyof typeof referralSources]}`,
      closureReason: referral.closure_reason
        ? `${referral.closure_reason}: ${closureReasons[referral.closure_reason as keyof typeof closureReasons]}`
        : undefined,
      need: needText(referral.primary_need),
      needHistory: await primaryNeedHistory(res, referral),
      assessments,
      mayStart: !assessmentStartProblem(referral, assessments),
      values,
      errors,
      dates: dateInputs(values, errors, ['startDate']),
    },
    status,
  );
}

/** Whether the child was seen during the assessment, as its pages' summaries say it. */
function childSeen(assessment: Assessment) {
  if (assessment.child_seen_date)
    return `${longDate(assessment.child_seen_date)}, ${assessment.child_seen_alone ? 'alone' : 'not alone'}`;
  return assessment.child_not_seen_reason ? 'Not seen' : 'Not recorded';
}

/** The assessment page: the 45 working days from the referral, the visits while it was open, what was found. */
export async function renderAssessment(res: Response, child: Child, assessment: Assessment) {
  const { db } = res.locals.services;
  const referral = await referralOf(res, child, assessment.referral_id);
  const items = await childDueItems(res, child, today(res));
  const visits = await visitsBetween(
    db,
    child.id,
    assessment.start_date,
    assessment.authorisation_date ?? today(res).toString(),
  );
  const authorisedBy = assessment.authorised_by
    ? await db.selectFrom('users').select('display_name').where('id', '=', assessment.authorised_by).executeTakeFirst()
    : undefined;
  renderChildPage(res, 'assessment/assessment', child, {
    pageTitle: 'Single assessment',
    assessment,
    referral,
    timescales: timescalesOf(items, ['assessment'], assessment.id, today(res)),
    visits,
    factors: assessment.factors.map((code) => `${code}: ${assessmentFactors[code as keyof typeof assessmentFactors]}`),
    outcome: assessment.outcome ? assessmentOutcomes[assessment.outcome as keyof typeof assessmentOutcomes] : null,
    childSeen: childSeen(assessment),
    voiceGathered: gatheredNames(assessment.voice_gathered),
    authorisedBy: authorisedBy?.display_name,
    mayAuthorise: may(res, 'assessment:authorise') && !authorisationProblem(assessment),
  });
}

/** What was submitted, as the form's answers: a child with neither a date nor a reason was not yet answered for. */
export const storedSubmission = (assessment: Assessment) => ({
  childSeen: assessment.child_seen_date ? 'yes' : assessment.child_not_seen_reason ? 'no' : undefined,
  childSeenAlone: assessment.child_seen_date ? (assessment.child_seen_alone ? 'yes' : 'no') : undefined,
  childNotSeenReason: assessment.child_not_seen_reason ?? undefined,
  wishesAndFeelings: assessment.wishes_and_feelings ?? undefined,
  voiceGathered: assessment.voice_gathered,
  childsLivedExperience: assessment.childs_lived_experience ?? undefined,
  parentsViews: assessment.parents_views ?? undefined,
  analysis: assessment.analysis ?? undefined,
  outcome: assessment.outcome ?? undefined,
  recommendation: assessment.recommendation ?? undefined,
  version: String(assessment.version),
});

export function renderAuthorisation(
  res: Response,
  child: Child,
  assessment: Assessment,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'assessment/authorise',
    child,
    {
      pageTitle: 'Authorise the assessment',
      assessment,
      childSeen: childSeen(assessment),
      voiceGathered: gatheredNames(assessment.voice_gathered),
      values,
      errors,
      dates: dateInputs(values, errors, ['authorisationDate']),
      factorItems: codeItems(assessmentFactors, values.factors, true),
      outcomeItems: codeItems(assessmentOutcomes, values.outcome),
    },
    status,
  );
}
