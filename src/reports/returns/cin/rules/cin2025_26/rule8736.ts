// CIN census 2025-26 rule 8736: an assessment not yet completed started within the census year.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8736 = defineCinRule({
  code: '8736',
  message: 'For an Assessment that has not been completed, the start date must fall within the census year (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'Assessments', (assessment) => {
      const start = context.day(assessment.AssessmentActualStartDate);
      return (
        assessment.AssessmentAuthorisationDate === '' &&
        start !== null &&
        (start < context.year.start || start > context.year.end)
      );
    }),
  examples: {
    passing: {
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentActualStartDate: '2025-04-01' },
        { LAchildID: 'A3', CINdetailsID: '5', AssessmentID: '6', AssessmentActualStartDate: '2026-03-31' },
        {
          LAchildID: 'A2',
          CINdetailsID: '3',
          AssessmentID: '4',
          AssessmentActualStartDate: '2025-03-20',
          AssessmentAuthorisationDate: '2025-04-10',
        },
      ],
    },
    failing: {
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentActualStartDate: '2025-03-31' },
        {
          LAchildID: 'A2',
          CINdetailsID: '3',
          AssessmentID: '4',
          AssessmentActualStartDate: '2025-03-20',
          AssessmentAuthorisationDate: '2025-04-10',
        },
      ],
    },
    flags: [['Assessments', 1]],
  },
});
