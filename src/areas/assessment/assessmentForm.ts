// The social worker's assessment as a GOV.UK task list: the child's voice, their lived experience,
// the parents' and carers' views, the analysis and the recommendation, each its own page, checked
// together before it is submitted for authorisation.
import { childVoiceView } from '../../platform/web/childPart.ts';
import { gatheredNames } from '../../platform/records/childsVoice.ts';
import { asList, fieldText } from '../../platform/web/forms.ts';
import { dateParts, enteredDate } from '../../platform/web/dateInput.ts';
import { taskListRoutes, type Answer } from '../../platform/web/taskList.ts';
import type { RouteTable } from '../../platform/web/routeSpec.ts';
import { codeItems, dateInputs, idParam, noErrors, saveOrShowAgain, today } from '../../platform/web/childPages.ts';
import { assessmentOutcomes } from './codes.ts';
import { submitAssessment } from './submission.ts';
import { assessedChild, assessmentOf, assessmentPath, readSubmission, storedSubmission } from './presenters.ts';

const yesNo = (value: unknown) => ({ yes: 'Yes', no: 'No' })[fieldText(value)] ?? '';
const text = (value: unknown) => fieldText(value).trim();

export const assessmentFormRoutes = (table: RouteTable) =>
  taskListRoutes(table, {
    name: 'Single assessment',
    path: '/children/:childId/assessments/:assessmentId/record',
    submitText: 'Submit for authorisation',
    record: { table: 'assessments', idParam: 'assessmentId' },
    permission: 'child:record',
    sections: [
      {
        slug: 'childs-voice',
        title: 'The child’s voice',
        fields: [
          'childSeen',
          'childSeenDate',
          'childSeenAlone',
          'childNotSeenReason',
          'wishesAndFeelings',
          'voiceGathered',
        ],
        template: 'assessment/sections/childs-voice.njk',
      },
      {
        slug: 'lived-experience',
        title: 'The child’s lived experience',
        fields: ['childsLivedExperience'],
        template: 'assessment/sections/lived-experience.njk',
      },
      {
        slug: 'parents-views',
        title: 'The parents’ and carers’ views',
        fields: ['parentsViews'],
        template: 'assessment/sections/parents-views.njk',
      },
      { slug: 'analysis', title: 'Analysis', fields: ['analysis'], template: 'assessment/sections/analysis.njk' },
      {
        slug: 'recommendation',
        title: 'Recommendation',
        fields: ['outcome', 'recommendation'],
        template: 'assessment/sections/recommendation.njk',
      },
    ],
    load: (req, res, child) => assessmentOf(res, child, idParam(req, 'assessmentId')),
    // An authorised assessment is final: its page shows it.
    closedAt: (assessment) => (assessment.authorisation_date ? assessmentPath(assessment) : undefined),
    formPath: (assessment) => `${assessmentPath(assessment)}/record`,
    title: (assessment) => (assessment.submitted_date ? 'Change the assessment' : 'Record the assessment'),
    stored: (assessment) => ({
      ...storedSubmission(assessment),
      ...dateParts('childSeenDate', assessment.child_seen_date),
    }),
    view: (_res, child, assessment, values, errors) => ({
      assessment,
      dates: dateInputs(values, errors, ['childSeenDate']),
      voice: childVoiceView(values, assessedChild(child), { neededWhenSeen: true }),
      outcomeItems: codeItems(assessmentOutcomes, values.outcome),
    }),
    check(res, child, assessment, values) {
      const errors = noErrors();
      const submission = readSubmission(res, child, assessment, values, errors);
      return submission ? { submission } : { errors };
    },
    answers(_res, child, _assessment, values) {
      const name = child.forename;
      const seen = fieldText(values.childSeen);
      const voice: Answer[] = [
        { key: `Was ${name} seen during the assessment?`, value: yesNo(seen) },
        ...(seen === 'yes'
          ? [
              { key: `When was ${name} seen?`, value: enteredDate(values, 'childSeenDate') },
              { key: `Was ${name} seen alone?`, value: yesNo(values.childSeenAlone) },
            ]
          : []),
        ...(seen === 'no' ? [{ key: `Why was ${name} not seen?`, value: text(values.childNotSeenReason) }] : []),
        { key: `${name}’s wishes and feelings`, value: text(values.wishesAndFeelings) },
        { key: 'How they were gathered', value: gatheredNames(asList(values.voiceGathered)).join('; ') },
      ];
      const outcome = fieldText(values.outcome);
      return Promise.resolve({
        'childs-voice': voice,
        'lived-experience': [{ key: 'The child’s lived experience', value: text(values.childsLivedExperience) }],
        'parents-views': [{ key: 'The parents’ and carers’ views', value: text(values.parentsViews) }],
        analysis: [{ key: 'Your analysis', value: text(values.analysis) }],
        recommendation: [
          {
            key: 'Recommended outcome',
            value: outcome in assessmentOutcomes ? assessmentOutcomes[outcome as keyof typeof assessmentOutcomes] : '',
          },
          { key: 'Your recommendation and why', value: text(values.recommendation) },
        ],
      });
    },
    async submit(res, { child, record: assessment, submission, values }, again) {
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
          values,
          dateFields: ['childSeenDate'],
          reload: () => assessmentOf(res, child, assessment.id),
          render: (current, shown, errors, status) => again(errors, status, shown, current),
        },
      );
      return saved && { flash: 'The assessment is submitted for authorisation', redirect: assessmentPath(assessment) };
    },
  });
