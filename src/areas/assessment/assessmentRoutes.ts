// Single assessments: recording, submitting and authorising them.
import { Temporal } from 'temporal-polyfill';
import { authorisationProblem } from './model.ts';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import { authoriseAssessment } from './store.ts';
import { assessmentFormRoutes } from './assessmentForm.ts';
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
  authorisationSchema,
  assessmentPath,
  assessmentOf,
  renderAssessment,
  renderAuthorisation,
} from './presenters.ts';

// The social worker's assessment is a task list of its own (assessmentForm.ts); these are its other pages.
export const singleAssessmentRoutes = assessmentFormRoutes(new RouteTable())
  .get(
    '/children/:childId/assessments/:assessmentId',
    childRecordPage('child:view', 'assessments', 'assessmentId'),
    async (req, res, { child }) => {
      const assessment = await assessmentOf(res, child, idParam(req, 'assessmentId'));
      await renderAssessment(res, child, assessment);
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
