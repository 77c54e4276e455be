// Correcting a looked-after child's health and education records as recorded: the 903's OC2 and the
// health assessment clocks are counted from them, so a wrong date or answer is changed with the
// reason and the previous value kept, never overwritten.
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { addCorrection, rowOfChild, type CorrectedField } from '../../platform/web/correction.ts';
import { codeItems, type Child } from '../../platform/web/childPages.ts';
import { healthAssessmentTypes } from './codes.ts';
import { sdqReasons } from './healthCodes.ts';

const table = new RouteTable();

const healthPage = (child: Child) => `/children/${child.id}/health`;

/** A record listed on the child's health page, at /children/:childId/health/<path>/:recordId/correct. */
function addHealthCorrection(
  path: string,
  record: { table: Parameters<typeof addCorrection>[1]['table']; title: string; fields: CorrectedField[] },
  back = healthPage,
) {
  addCorrection(table, {
    ...record,
    path: `/children/:childId/${path}/:recordId/correct`,
    recordId: 'recordId',
    load: (res, child, id) => rowOfChild(res, record.table, id, child.id),
    back,
  });
}

addHealthCorrection('health/assessments', {
  table: 'health_assessments',
  title: 'Correct the health assessment as recorded',
  fields: [
    { kind: 'date', column: 'assessment_date', legend: 'Date of the assessment', required: true },
    {
      kind: 'radios',
      column: 'assessment_type',
      legend: 'Assessment',
      items: codeItems(healthAssessmentTypes, undefined),
      missing: 'Select whether this is an initial or review health assessment',
    },
  ],
});

addHealthCorrection('health/dental-checks', {
  table: 'dental_checks',
  title: 'Correct the dental check as recorded',
  fields: [{ kind: 'date', column: 'check_date', legend: 'Date of the dental check', required: true }],
});

addHealthCorrection('health/immunisations', {
  table: 'immunisation_checks',
  title: 'Correct the immunisations as recorded',
  fields: [
    { kind: 'date', column: 'checked_on', legend: 'Date checked', required: true },
    {
      kind: 'yesNo',
      column: 'up_to_date',
      legend: 'Were the child’s immunisations up to date?',
      missing: 'Select whether the child’s immunisations were up to date',
    },
  ],
});

addHealthCorrection('health/sdq', {
  table: 'sdq_scores',
  title: 'Correct the strengths and difficulties questionnaire as recorded',
  fields: [
    { kind: 'date', column: 'completed_on', legend: 'Date of the questionnaire', required: true },
    { kind: 'number', column: 'score', label: 'Score', min: 0, max: 40 },
    {
      kind: 'radios',
      column: 'reason_not_done',
      legend: 'Reason there is no score',
      items: codeItems(sdqReasons, undefined),
      missing: 'Select the reason there is no score',
      optional: true,
    },
  ],
});

addHealthCorrection('health/substance-misuse', {
  table: 'substance_misuse_checks',
  title: 'Correct the substance misuse record',
  fields: [
    { kind: 'date', column: 'checked_on', legend: 'Date checked', required: true },
    {
      kind: 'yesNo',
      column: 'problem_identified',
      legend: 'Was a substance misuse problem identified?',
      missing: 'Select whether a substance misuse problem was identified',
    },
    {
      kind: 'yesNo',
      column: 'intervention_received',
      legend: 'Did the child receive an intervention?',
      missing: 'Select whether the child received an intervention',
      optional: true,
    },
    {
      kind: 'yesNo',
      column: 'intervention_offered',
      legend: 'Was an intervention offered?',
      missing: 'Select whether an intervention was offered',
      optional: true,
    },
  ],
});

addHealthCorrection(
  'education-plans',
  {
    table: 'personal_education_plans',
    title: 'Correct the personal education plan as recorded',
    fields: [{ kind: 'date', column: 'plan_date', legend: 'Date of the plan', required: true }],
  },
  (child) => `/children/${child.id}/education-plans`,
);

export const healthCorrectionRoutes = table;
