// Referral → single assessment → authorisation: the pages of a child's CIN episodes.
import type { Response } from 'express';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import { referralSources } from './codes.ts';
import type { Child } from '../../platform/web/childPages.ts';
import { visitsBetween } from '../planning/index.ts';
import { assessmentFactors, assessmentOutcomes, closureReasons, primaryNeedCodes } from './codes.ts';
import type { Assessment, Referral } from './schema.ts';
import { authoriseAssessment, closeReferral, recordReferral, startAssessment } from './store.ts';
import { referralClosureBlockers, type EpisodeAtClosure } from './model.ts';
import { submitAssessment } from './submission.ts';
import {
  addError,
  childDueItems,
  codeItems,
  codeOf,
  codesOf,
  dateInputs,
  found,
  hasErrors,
  idParam,
  may,
  mergeErrors,
  noErrors,
  readDate,
  refusalErrors,
  renderChildPage,
  saveOrShowAgain,
  timescalesOf,
  versionField,
  yesNo,
} from '../../platform/web/childPages.ts';

// The social worker's assessment is long: kept as a draft, and kept across a session timeout.

const referralSchema = z.object({
  source: codeOf(referralSources, 'Select the source of the referral from the list'),
  primaryNeed: codeOf(primaryNeedCodes, 'Select the primary need from the list'),
});

const submissionSchema = z.object({
  childSeenAlone: yesNo('Select yes if the child was seen alone'),
  outcome: codeOf(assessmentOutcomes, 'Select the outcome of the assessment'),
  version: versionField,
});

const authorisationSchema = z.object({
  factors: codesOf(assessmentFactors, 'Select factors from the list'),
  outcome: codeOf(assessmentOutcomes, 'Select the outcome of the assessment'),
  version: versionField,
});

const closureSchema = z.object({
  closureReason: codeOf(closureReasons, 'Select the reason the referral is closing'),
  version: versionField,
});

const today = (res: Response) => res.locals.services.clock.today();
const assessmentPath = (assessment: Pick<Assessment, 'child_id' | 'id'>) =>
  `/children/${assessment.child_id}/assessments/${assessment.id}`;

async function referralOf(res: Response, child: Child, referralId: number): Promise<Referral> {
  return found(
    await res.locals.services.db
      .selectFrom('referrals')
      .selectAll()
      .where('id', '=', referralId)
      .where('child_id', '=', child.id)
      .executeTakeFirst(),
  );
}

async function assessmentOf(res: Response, child: Child, assessmentId: number): Promise<Assessment> {
  return found(
    await res.locals.services.db
      .selectFrom('assessments')
      .selectAll()
      .where('id', '=', assessmentId)
      .where('child_id', '=', child.id)
      .executeTakeFirst(),
  );
}

const assessmentsOf = (res: Response, referral: Referral) =>
  res.locals.services.db
    .selectFrom('assessments')
    .selectAll()
    .where('referral_id', '=', referral.id)
    .orderBy('start_date')
    .execute();

/** One assessment at a time: a new one starts only once the last is authorised, while the referral is open. */
const mayStartAssessment = (referral: Referral, assessments: Assessment[]) =>
  !referral.closure_date && assessments.every((assessment) => assessment.authorisation_date);

/** The plans and assessments a closure must wait for (see referralClosureBlockers). */
async function episodeAtClosure(res: Response, child: Child, referral: Referral): Promise<EpisodeAtClosure> {
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

function renderClosure(
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

function renderNewReferral(
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
        ...Object.entries(referralSources).map(([value, text]) => ({
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

async function renderReferral(
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
      need: referral.primary_need
        ? `${referral.primary_need}: ${primaryNeedCodes[referral.primary_need as keyof typeof primaryNeedCodes]}`
        : 'Not recorded',
      assessments,
      mayStart: mayStartAssessment(referral, assessments),
      values,
      errors,
      dates: dateInputs(values, errors, ['startDate']),
    },
    status,
  );
}

/** The assessment page: the 45 working days from the referral, the visits while it was open, what was found. */
async function renderAssessment(res: Response, child: Child, assessment: Assessment) {
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
    authorisedBy: authorisedBy?.display_name,
    mayAuthorise:
      may(res, 'assessment:authorise') && Boolean(assessment.submitted_date) && !assessment.authorisation_date,
  });
}

function renderSubmission(
  res: Response,
  child: Child,
  assessment: Assessment,
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  renderChildPage(
    res,
    'assessment/record',
    child,
    {
      pageTitle: 'Record the assessment',
      assessment,
      values,
      ...extras,
      dates: dateInputs(values, extras.errors, ['childSeenDate'], { childSeenDate: assessment.child_seen_date }),
      outcomeItems: codeItems(assessmentOutcomes, values.outcome),
    },
    status,
  );
}

const storedSubmission = (assessment: Assessment) => ({
  childSeenAlone: assessment.child_seen_date ? (assessment.child_seen_alone ? 'yes' : 'no') : undefined,
  outcome: assessment.outcome ?? undefined,
  version: String(assessment.version),
});

function renderAuthorisation(
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
      values,
      errors,
      dates: dateInputs(values, errors, ['authorisationDate']),
      factorItems: codeItems(assessmentFactors, values.factors, true),
      outcomeItems: codeItems(assessmentOutcomes, values.outcome),
    },
    status,
  );
}

export const assessmentRoutes = new RouteTable()
  .get(
    '/children/:childId/referrals/new',
    { permission: 'child:record', child: true, audit: { event: 'child-record-viewed', record: 'referrals' } },
    (_req, res, { child }) => {
      renderNewReferral(res, child, {});
    },
  )
  .post(
    '/children/:childId/referrals/new',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const body = req.body ?? {};
      const errors = noErrors();
      const referralDate = readDate(
        body,
        'referralDate',
        { label: 'The date of the referral', notAfter: today(res) },
        errors,
      );
      const form = parseForm(referralSchema, body);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (!form.ok || !referralDate) return renderNewReferral(res, child, body, errors, 400);
      try {
        const referral = await recordReferral(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          referralDate,
          ...form.value,
        });
        req.session.flash = 'The referral is recorded';
        res.redirect(`/children/${child.id}/referrals/${referral.id}`);
      } catch (error) {
        const refused = refusalErrors(error, ['referralDate']);
        if (refused) return renderNewReferral(res, child, body, refused, 400);
        throw error;
      }
    },
  )
  .get(
    '/children/:childId/referrals/:referralId',
    {
      permission: 'child:view',
      child: true,
      audit: { event: 'child-record-viewed', record: 'referrals', recordId: 'referralId' },
    },
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      await renderReferral(res, child, referral);
    },
  )
  .get(
    '/children/:childId/referrals/:referralId/close',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'referrals', recordId: 'referralId' },
    },
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      if (referral.closure_date) return res.redirect(`/children/${child.id}/referrals/${referral.id}`);
      renderClosure(res, child, referral, { version: String(referral.version) });
    },
  )
  .post(
    '/children/:childId/referrals/:referralId/close',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      const body = req.body ?? {};
      const errors = noErrors();
      if (referral.closure_date) {
        addError(
          errors,
          'record',
          'This referral is already closed: someone closed it while you were working. Your closure is not saved.',
        );
        return renderClosure(res, child, referral, body, errors, 409);
      }
      const closureDate = readDate(
        body,
        'closureDate',
        {
          label: 'The closure date',
          notAfter: today(res),
          notBefore: Temporal.PlainDate.from(referral.referral_date),
          notBeforeMessage: 'The closure date must be on or after the date of the referral',
        },
        errors,
      );
      const form = parseForm(closureSchema, body);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (closureDate) {
        // Each reason in the summary, all pointing at the date that would have to change.
        referralClosureBlockers(closureDate, await episodeAtClosure(res, child, referral)).forEach((blocker, index) =>
          addError(errors, index === 0 ? 'closureDate' : `closureDate-${index}`, blocker, '#closureDate-day'),
        );
      }
      if (!form.ok || !closureDate || hasErrors(errors)) return renderClosure(res, child, referral, body, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          closeReferral(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: referral.id,
            version: form.value.version,
            closureDate,
            closureReason: form.value.closureReason,
          }),
        {
          record: referral,
          values: body,
          dateFields: ['closureDate'],
          reload: () => referralOf(res, child, referral.id),
          render: (shown, values, errors, status) => renderClosure(res, child, shown, values, errors, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The referral is closed';
      res.redirect(`/children/${child.id}/referrals/${referral.id}`);
    },
  )
  .post(
    '/children/:childId/referrals/:referralId/assessments',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      const body = req.body ?? {};
      const errors = noErrors();
      const startDate = readDate(
        body,
        'startDate',
        {
          label: 'The start date',
          notAfter: today(res),
          notBefore: Temporal.PlainDate.from(referral.referral_date),
          notBeforeMessage: 'The assessment must start on or after the referral date',
        },
        errors,
      );
      if (startDate && !mayStartAssessment(referral, await assessmentsOf(res, referral)))
        addError(errors, 'startDate', 'An assessment of this referral is already under way', '#startDate-day');
      if (!startDate || hasErrors(errors)) return renderReferral(res, child, referral, body, errors, 400);
      try {
        const assessment = await startAssessment(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          referralId: referral.id,
          startDate,
        });
        req.session.flash = 'The assessment is started';
        res.redirect(assessmentPath(assessment));
      } catch (error) {
        const refused = refusalErrors(error, ['startDate'], { referralId: 'startDate' });
        if (refused) return renderReferral(res, child, referral, body, refused, 400);
        throw error;
      }
    },
  )
  .get(
    '/children/:childId/assessments/:assessmentId',
    {
      permission: 'child:view',
      child: true,
      audit: { event: 'child-record-viewed', record: 'assessments', recordId: 'assessmentId' },
    },
    async (req, res, { child }) => {
      const assessment = await assessmentOf(res, child, idParam(req, 'assessmentId'));
      await renderAssessment(res, child, assessment);
    },
  )
  .get(
    '/children/:childId/assessments/:assessmentId/record',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'assessments', recordId: 'assessmentId' },
    },
    async (req, res, { child }) => {
      const assessment = await assessmentOf(res, child, idParam(req, 'assessmentId'));
      if (assessment.authorisation_date) return res.redirect(assessmentPath(assessment));
      const draft = await draftFor(req, res, child.id);
      renderSubmission(res, child, assessment, draft.values ?? storedSubmission(assessment), { draft });
    },
  )
  .post(
    '/children/:childId/assessments/:assessmentId/record',
    { permission: 'child:record', child: true, draft: true },
    async (req, res, { child }) => {
      const assessment = await assessmentOf(res, child, idParam(req, 'assessmentId'));
      if (await savedAsDraft(req, res, child.id)) return;
      const body = req.body ?? {};
      const errors = noErrors();
      const childSeenDate = readDate(
        body,
        'childSeenDate',
        {
          label: 'The date the child was seen',
          required: false,
          notAfter: today(res),
          notBefore: Temporal.PlainDate.from(assessment.start_date),
          notBeforeMessage: 'The date the child was seen must be on or after the start of the assessment',
        },
        errors,
      );
      const form = parseForm(submissionSchema, body);
      if (childSeenDate === null && form.ok && form.value.childSeenAlone === 'yes')
        addError(errors, 'childSeenDate', 'Enter the date the child was seen', '#childSeenDate-day');
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (!form.ok || hasErrors(errors) || childSeenDate === undefined)
        return renderSubmission(res, child, assessment, body, { errors }, 400);
      const saved = await saveOrShowAgain(
        () =>
          submitAssessment(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: assessment.id,
            version: form.value.version,
            childSeenDate,
            childSeenAlone: form.value.childSeenAlone === 'yes',
            outcome: form.value.outcome,
            submittedDate: today(res).toString(),
          }),
        {
          record: assessment,
          values: body,
          dateFields: ['childSeenDate'],
          reload: () => assessmentOf(res, child, assessment.id),
          render: (shown, values, errors, status) => renderSubmission(res, child, shown, values, { errors }, status),
        },
      );
      if (!saved) return;
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      req.session.flash = 'The assessment is submitted for authorisation';
      res.redirect(assessmentPath(assessment));
    },
  )
  .get(
    '/children/:childId/assessments/:assessmentId/authorise',
    {
      permission: 'assessment:authorise',
      child: true,
      audit: { event: 'child-record-viewed', record: 'assessments', recordId: 'assessmentId' },
    },
    async (req, res, { child }) => {
      const assessment = await assessmentOf(res, child, idParam(req, 'assessmentId'));
      renderAuthorisation(res, child, assessment, {
        outcome: assessment.outcome ?? undefined,
        version: String(assessment.version),
      });
    },
  )
  .post(
    '/children/:childId/assessments/:assessmentId/authorise',
    { permission: 'assessment:authorise', child: true },
    async (req, res, { child }) => {
      const assessment = await assessmentOf(res, child, idParam(req, 'assessmentId'));
      const body = req.body ?? {};
      const errors = noErrors();
      if (!assessment.submitted_date || assessment.authorisation_date) {
        addError(
          errors,
          'record',
          assessment.authorisation_date
            ? 'This assessment is already authorised'
            : 'The assessment must be submitted for authorisation first',
        );
        return renderAuthorisation(res, child, assessment, body, errors, 409);
      }
      const authorisationDate = readDate(
        body,
        'authorisationDate',
        {
          label: 'The date of authorisation',
          notAfter: today(res),
          notBefore: Temporal.PlainDate.from(assessment.submitted_date),
          notBeforeMessage: 'The date of authorisation must be on or after the date the assessment was submitted',
        },
        errors,
      );
      const form = parseForm(authorisationSchema, body);
      if (form.ok && form.value.factors.length === 0)
        addError(errors, 'factors', 'Select the factors identified, or “No factors identified”');
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (!form.ok || hasErrors(errors) || !authorisationDate)
        return renderAuthorisation(res, child, assessment, body, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          authoriseAssessment(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: assessment.id,
            version: form.value.version,
            authorisationDate,
            factors: form.value.factors,
            outcome: form.value.outcome,
          }),
        {
          record: assessment,
          values: body,
          dateFields: ['authorisationDate'],
          reload: () => assessmentOf(res, child, assessment.id),
          render: (shown, values, errors, status) => renderAuthorisation(res, child, shown, values, errors, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The assessment is authorised';
      res.redirect(assessmentPath(assessment));
    },
  );
