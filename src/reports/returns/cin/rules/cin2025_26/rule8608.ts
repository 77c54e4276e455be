// CIN census 2025-26 rule 8608: an assessment is not authorised before it starts.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8608 = defineCinRule({
  code: '8608',
  message: 'Assessment Start Date cannot be later than its End Date (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'Assessments', (assessment) => {
      const end = context.day(assessment.AssessmentAuthorisationDate);
      const start = context.day(assessment.AssessmentActualStartDate);
      return end !== null && start !== null && end < start;
    }),
  examples: {
    passing: {
      Assessments: [
        { LAchildID: 'A1', AssessmentActualStartDate: '2025-06-02', AssessmentAuthorisationDate: '2025-06-02' },
        { LAchildID: 'A2', AssessmentActualStartDate: '2025-06-02', AssessmentAuthorisationDate: '' },
      ],
    },
    failing: {
      Assessments: [
        { LAchildID: 'A1', AssessmentActualStartDate: '2025-06-02', AssessmentAuthorisationDate: '2025-06-01' },
        { LAchildID: 'A2', AssessmentActualStartDate: '2025-06-02', AssessmentAuthorisationDate: '' },
      ],
    },
    flags: [['Assessments', 1]],
  },
});
