// CIN census 2025-26 rule 8696: an assessment's authorisation (end) date falls within the census year.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8696 = defineCinRule({
  code: '8696',
  message: 'Assessment end date must fall within the census year (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'Assessments', (assessment) => {
      const authorised = context.day(assessment.AssessmentAuthorisationDate);
      return authorised !== null && (authorised < context.year.start || authorised > context.year.end);
    }),
  examples: {
    passing: {
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentAuthorisationDate: '2025-04-01' },
        { LAchildID: 'A2', CINdetailsID: '3', AssessmentID: '4', AssessmentAuthorisationDate: '2026-03-31' },
      ],
    },
    failing: {
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentAuthorisationDate: '2025-03-31' },
        { LAchildID: 'A2', CINdetailsID: '3', AssessmentID: '4', AssessmentAuthorisationDate: '2026-04-01' },
      ],
    },
    flags: [
      ['Assessments', 1],
      ['Assessments', 2],
    ],
  },
});
