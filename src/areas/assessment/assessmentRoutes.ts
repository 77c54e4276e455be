// Single assessments: recording, submitting and authorising them.
// The social worker's assessment is long: kept as a draft, and kept across a session timeout.
import { Temporal } from 'temporal-polyfill';
import { authorisationProblem } from './model.ts';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import { authoriseAssessment } from './store.ts';
import { submitAssessment } from './submission.ts';
import {
  addError,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  readDate,
  saveOrShowAgain,
  today,
} from '../../platform/web/childPages.ts';
import {
  readSubmission,
  authorisationSchema,
  assessmentPath,
  assessmentOf,
  renderAssessment,
  renderSubmission,
  storedSubmission,
  renderAuthorisation,
} from './presenters.ts';

export const singleAssessmentRoutes = new RouteTable()
  .get(
    '/children/:childId/assessments/:assessmentId',
    childRecordPage('child:view', 'assessments', 'assessmentId'),
    async (req, res, { child }) => {
      const assessment = await assessmentOf(res, child, idParam(req, 'assessmentId'));
      await renderAssessment(res, child, assessment);
    },
  )
  .get(
    '/children/:childId/assessments/:assessmentId/record',
    childRecordPage('child:record', 'assessments', 'assessmentId'),
    async (req, res, { child }) => {
      const assessment = await assessmentOf(res, child, idParam(req, 'assessmentId'));
      if (assessment.authorisation_date) return res.redirect(assessmentPath(assessment));
      const draft = await draftFor(req, res, child.id);
      renderSubmission(res, child, assessment, draft.values ?? storedSubmission(assessment), { draft });
    },
  )
  .post(
    '/children/:childId/assessments/:assessmentId/record',
    { permission: 'child:record', child: true, draft: 'Single assessment' },
    async (req, res, { child }) => {
      const assessment = await assessmentOf(res, child, idParam(req, 'assessmentId'));
      if (await savedAsDraft(req, res, child.id)) return;
      const body = req.body ?? {};
      const errors = noErrors();
      const submission = readSubmission(res, child, assessment, body, errors);
      if (!submission) return renderSubmission(res, child, assessment, body, { errors }, 400);
      const saved = await saveOrShowAgain(
        () =>
          submitAssessment(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: assessment.id,
            submittedDate: today(res).toString(),
            ...submission,
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
    childRecordPage('assessment:authorise', 'assessments', 'assessmentId'),
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
      const problem = authorisationProblem(assessment);
      if (problem) {
        addError(errors, 'record', problem);
        return renderAuthorisation(res, child, assessment, body, errors, 409);
      }
      const authorisationDate = readDate(
        body,
        'authorisationDate',
        {
          label: 'The date of authorisation',
          notAfter: today(res),
          notBefore: Temporal.PlainDate.from(assessment.submitted_date ?? assessment.start_date),
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
