// CIN census 2025-26 rule 8614: only a completed (authorised) assessment records factors.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { factorsByAssessment } from '../../ruleSupport.ts';

export const rule8614 = defineCinRule({
  code: '8614',
  message: 'Parental or child factors at assessment should only be present for a completed assessment. (ERROR)',
  check: (context) => {
    const factors = factorsByAssessment(context);
    return cinRowsWhere(
      context,
      'Assessments',
      (assessment) => assessment.AssessmentAuthorisationDate === '' && factors.has(assessment.AssessmentID),
    );
  },
  examples: {
    passing: {
      Assessments: [
        {
          LAchildID: 'A1',
          CINdetailsID: '1',
          AssessmentID: '2',
          AssessmentActualStartDate: '2025-05-01',
          AssessmentAuthorisationDate: '2025-06-10',
        },
      ],
      AssessmentFactors: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentFactors: '3A' }],
    },
    failing: {
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentActualStartDate: '2025-05-01' }],
      AssessmentFactors: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentFactors: '3A' }],
    },
    flags: [['Assessments', 1]],
  },
});
