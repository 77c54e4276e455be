// CIN census 2025-26 rule 8897Q: an assessment completed in the census year gives at least one valid factor.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinAssessmentFactorCodes } from '../../validCodes.ts';

export const rule8897Q = defineCinRule({
  code: '8897Q',
  message: 'Parental or child factors at assessment information is missing from a completed assessment (QUERY)',
  check: (context) => {
    const factors = context.byEpisode('AssessmentFactors');
    return cinRowsWhere(context, 'Assessments', (assessment) => {
      const completed = context.day(assessment.AssessmentAuthorisationDate);
      if (completed === null || completed < context.year.start) return false;
      return !(factors.get(assessment.CINdetailsID) ?? []).some(
        (factor) =>
          factor.AssessmentID === assessment.AssessmentID && cinAssessmentFactorCodes.has(factor.AssessmentFactors),
      );
    });
  },
  examples: {
    passing: {
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentAuthorisationDate: '2025-04-01' },
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentAuthorisationDate: '2025-03-31' },
      ],
      AssessmentFactors: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentFactors: '21' }],
    },
    failing: {
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentAuthorisationDate: '2025-04-01' },
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentAuthorisationDate: '2025-03-31' },
      ],
      AssessmentFactors: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentFactors: '21' }],
    },
    flags: [['Assessments', 1]],
  },
});
