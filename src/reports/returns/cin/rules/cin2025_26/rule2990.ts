// CIN census 2025-26 rule 2990: an episode closed after assessment (RC8, RC9) has no later activity.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

const closedAfterAssessment = new Set(['RC8', 'RC9']);

export const rule2990 = defineCinRule({
  code: '2990',
  message:
    "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'. (ERROR)",
  check: (context) => {
    const enquiries = context.byEpisode('Section47');
    const protectionPlans = context.byEpisode('ChildProtectionPlans');
    const cinPlans = context.byEpisode('CINplanDates');
    return cinRowsWhere(
      context,
      'CINdetails',
      (episode) =>
        closedAfterAssessment.has(episode.ReasonForClosure) &&
        (episode.DateOfInitialCPC !== '' ||
          enquiries.has(episode.CINdetailsID) ||
          protectionPlans.has(episode.CINdetailsID) ||
          cinPlans.has(episode.CINdetailsID)),
    );
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC8' },
        { LAchildID: 'A2', CINdetailsID: '2', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC1' },
      ],
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentActualStartDate: '2025-06-02' }],
      CINplanDates: [{ LAchildID: 'A2', CINdetailsID: '2', CINPlanStartDate: '2025-06-20' }],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC8' },
        { LAchildID: 'A2', CINdetailsID: '2', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC9' },
      ],
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentActualStartDate: '2025-06-02' }],
      CINplanDates: [{ LAchildID: 'A2', CINdetailsID: '2', CINPlanStartDate: '2025-06-20' }],
    },
    flags: [['CINdetails', 2]],
  },
});
