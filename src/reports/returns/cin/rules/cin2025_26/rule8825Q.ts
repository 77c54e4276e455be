// CIN census 2025-26 rule 8825Q: an episode closed after assessment (RC8, RC9) has an assessment.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

const closedAfterAssessment = new Set(['RC8', 'RC9']);

export const rule8825Q = defineCinRule({
  code: '8825Q',
  message:
    'Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode. (QUERY)',
  check: (context) => {
    const assessed = context.byEpisode('Assessments');
    return cinRowsWhere(
      context,
      'CINdetails',
      (episode) => closedAfterAssessment.has(episode.ReasonForClosure) && !assessed.has(episode.CINdetailsID),
    );
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC8' },
        { LAchildID: 'A2', CINdetailsID: '2', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC1' },
      ],
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentActualStartDate: '2025-06-02' }],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC8' },
        { LAchildID: 'A2', CINdetailsID: '2', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC9' },
      ],
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentActualStartDate: '2025-06-02' }],
    },
    flags: [['CINdetails', 2]],
  },
});
