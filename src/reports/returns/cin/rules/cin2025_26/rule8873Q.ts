// CIN census 2025-26 rule 8873Q: an episode whose only assessment found no factors (21) closes as RC8 or RC9.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { factorsByAssessment } from '../../ruleSupport.ts';

const closedAfterAssessment = new Set(['RC8', 'RC9']);

export const rule8873Q = defineCinRule({
  code: '8873Q',
  message:
    "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used. (QUERY)",
  check: (context) => {
    const assessments = context.byEpisode('Assessments');
    const factors = factorsByAssessment(context);
    return cinRowsWhere(context, 'CINdetails', (episode) => {
      const only = assessments.get(episode.CINdetailsID);
      return (
        only?.length === 1 &&
        (factors.get(only[0]!.AssessmentID) ?? []).some((factor) => factor.AssessmentFactors === '21') &&
        !closedAfterAssessment.has(episode.ReasonForClosure)
      );
    });
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC9' },
        { LAchildID: 'A2', CINdetailsID: '3', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC1' },
      ],
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentAuthorisationDate: '2025-06-20' },
        { LAchildID: 'A2', CINdetailsID: '3', AssessmentID: '4', AssessmentAuthorisationDate: '2025-06-20' },
      ],
      AssessmentFactors: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentFactors: '21' },
        { LAchildID: 'A2', CINdetailsID: '3', AssessmentID: '4', AssessmentFactors: '4A' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC1' },
        { LAchildID: 'A2', CINdetailsID: '3', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC1' },
      ],
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentAuthorisationDate: '2025-06-20' },
        { LAchildID: 'A2', CINdetailsID: '3', AssessmentID: '4', AssessmentAuthorisationDate: '2025-06-20' },
      ],
      AssessmentFactors: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentFactors: '21' },
        { LAchildID: 'A2', CINdetailsID: '3', AssessmentID: '4', AssessmentFactors: '4A' },
      ],
    },
    flags: [['CINdetails', 1]],
  },
});
