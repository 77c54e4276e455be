// The looked-after child's health (903 OC2): the page listing it with the health assessments' clocks,
// and a form for each record.
import { z } from 'zod';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import {
  childDueItems,
  codeItems,
  codeOf,
  mergeErrors,
  renderChildPage,
  timescaleView,
  today,
  yesNo,
} from '../../platform/web/childPages.ts';
import { healthAssessmentTypes } from './codes.ts';
import { sdqReasons } from './healthCodes.ts';
import { recordDentalCheck, recordHealthAssessment } from './reviews.ts';
import { healthRecordsOf, recordImmunisationCheck, recordSdq, recordSubstanceMisuseCheck } from './healthStore.ts';
import { addDatedForm } from './healthForms.ts';

/** Answers read with a schema: the value, or its errors added and undefined. */
function answers<S extends z.ZodType>(schema: S, values: Record<string, unknown>, errors: FormErrors) {
  const form = parseForm(schema, values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  return form.ok ? form.value : undefined;
}

const yes = (answer: 'yes' | 'no') => answer === 'yes';

const yesNoItems = (value: unknown) => [
  { value: 'yes', text: 'Yes', checked: value === 'yes' },
  { value: 'no', text: 'No', checked: value === 'no' },
];

const assessmentSchema = z.object({
  assessmentType: codeOf(healthAssessmentTypes, 'Select whether this is an initial or review health assessment'),
});
const immunisationSchema = z.object({ upToDate: yesNo('Select whether the child’s immunisations were up to date') });
const sdqDoneSchema = z.object({ done: yesNo('Select whether the questionnaire was completed') });
const scoreMessage = 'Enter the score, a whole number from 0 to 40';
const sdqScoreSchema = z.object({
  score: z
    .string({ error: scoreMessage })
    .trim()
    .regex(/^\d{1,2}$/, scoreMessage)
    .transform(Number)
    .refine((score) => score <= 40, scoreMessage),
});
const sdqReasonSchema = z.object({ reasonNotDone: codeOf(sdqReasons, 'Select why there is no score') });
const problemSchema = z.object({
  problemIdentified: yesNo('Select whether a substance misuse problem was identified'),
});
const receivedSchema = z.object({
  interventionReceived: yesNo('Select whether the child received an intervention for it'),
});
const offeredSchema = z.object({ interventionOffered: yesNo('Select whether an intervention was offered') });

const routes = new RouteTable().get(
  '/children/:childId/health',
  childRecordPage('child:view', 'health_assessments'),
  async (_req, res, { child }) => {
    const on = today(res);
    const [records, items] = await Promise.all([
      healthRecordsOf(res.locals.services.db, child.id),
      childDueItems(res, child, on),
    ]);
    renderChildPage(res, 'care/health', child, {
      pageTitle: 'Health',
      columns: 'full',
      ...records,
      assessmentTypes: healthAssessmentTypes,
      sdqReasons,
      due: items
        .filter((item) => item.rule === 'initial-health-assessment' || item.rule === 'review-health-assessment')
        .filter((item) => item.status === 'due' || item.status === 'overdue')
        .map((item) => timescaleView(item, on)),
    });
  },
);

addDatedForm(routes, {
  path: '/health/assessments/new',
  listPath: '/health',
  record: 'health_assessments',
  title: 'Record a health assessment',
  fields: 'care/_assessment-fields.njk',
  date: { field: 'assessmentDate', legend: 'Date of the assessment', label: 'The date of the assessment' },
  items: (values) => ({ typeItems: codeItems(healthAssessmentTypes, values.assessmentType) }),
  read: (values, errors) => answers(assessmentSchema, values, errors),
  save: (db, actor, { childId, date, assessmentType }) =>
    recordHealthAssessment(db, actor, { childId, assessmentDate: date, assessmentType }),
  saved: 'The health assessment is recorded',
});
addDatedForm(routes, {
  path: '/health/dental-checks/new',
  listPath: '/health',
  record: 'dental_checks',
  title: 'Record a dental check',
  date: { field: 'checkDate', legend: 'Date of the dental check', label: 'The date of the dental check' },
  read: () => ({}),
  save: (db, actor, { childId, date }) => recordDentalCheck(db, actor, { childId, checkDate: date }),
  saved: 'The dental check is recorded',
});
addDatedForm(routes, {
  path: '/health/immunisations/new',
  listPath: '/health',
  record: 'immunisation_checks',
  title: 'Record whether immunisations are up to date',
  fields: 'care/_immunisation-fields.njk',
  date: { field: 'checkedOn', legend: 'As at', label: 'The date' },
  items: (values) => ({ upToDateItems: yesNoItems(values.upToDate) }),
  read: (values, errors) => answers(immunisationSchema, values, errors),
  save: (db, actor, { childId, date, upToDate }) =>
    recordImmunisationCheck(db, actor, { childId, checkedOn: date, upToDate: yes(upToDate) }),
  saved: 'The immunisations are recorded',
});
addDatedForm(routes, {
  path: '/health/sdq/new',
  listPath: '/health',
  record: 'sdq_scores',
  title: 'Record a strengths and difficulties questionnaire',
  fields: 'care/_sdq-fields.njk',
  date: { field: 'completedOn', legend: 'Date of the questionnaire', label: 'The date of the questionnaire' },
  items: (values) => ({ reasonItems: codeItems(sdqReasons, values.reasonNotDone, true) }),
  read: (values, errors) => {
    const done = answers(sdqDoneSchema, values, errors);
    if (!done) return undefined;
    if (yes(done.done)) {
      const scored = answers(sdqScoreSchema, values, errors);
      return scored && { score: scored.score, reasonNotDone: null };
    }
    const reason = answers(sdqReasonSchema, values, errors);
    return reason && { score: null, reasonNotDone: reason.reasonNotDone };
  },
  save: (db, actor, { childId, date, ...sdq }) => recordSdq(db, actor, { childId, completedOn: date, ...sdq }),
  saved: 'The questionnaire is recorded',
});
addDatedForm(routes, {
  path: '/health/substance-misuse/new',
  listPath: '/health',
  record: 'substance_misuse_checks',
  title: 'Record substance misuse',
  fields: 'care/_substance-fields.njk',
  date: { field: 'checkedOn', legend: 'Date', label: 'The date' },
  items: (values) => ({
    problemItems: yesNoItems(values.problemIdentified),
    receivedItems: yesNoItems(values.interventionReceived),
    offeredItems: yesNoItems(values.interventionOffered),
  }),
  read: (values, errors) => {
    const problem = answers(problemSchema, values, errors);
    if (!problem) return undefined;
    if (!yes(problem.problemIdentified))
      return { problemIdentified: false, interventionReceived: null, interventionOffered: null };
    const received = answers(receivedSchema, values, errors);
    if (!received) return undefined;
    if (yes(received.interventionReceived))
      return { problemIdentified: true, interventionReceived: true, interventionOffered: null };
    const offered = answers(offeredSchema, values, errors);
    return (
      offered && {
        problemIdentified: true,
        interventionReceived: false,
        interventionOffered: yes(offered.interventionOffered),
      }
    );
  },
  save: (db, actor, { childId, date, ...check }) =>
    recordSubstanceMisuseCheck(db, actor, { childId, checkedOn: date, ...check }),
  saved: 'Substance misuse is recorded',
});

export const healthRoutes = routes;
