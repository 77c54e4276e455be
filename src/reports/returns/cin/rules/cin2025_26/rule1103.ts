// CIN census 2025-26 rule 1103: an assessment does not start before its episode's referral date.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule1103 = defineCinRule({
  code: '1103',
  message: 'The assessment start date cannot be before the referral date (ERROR)',
  check: (context) => {
    const episodes = context.byEpisode('CINdetails');
    return cinRowsWhere(context, 'Assessments', (assessment) => {
      const start = context.day(assessment.AssessmentActualStartDate);
      const referral = context.day(episodes.get(assessment.CINdetailsID)?.[0]?.CINreferralDate ?? '');
      return start !== null && referral !== null && start < referral;
    });
  },
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' }],
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentActualStartDate: '2025-06-02' }],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' }],
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentActualStartDate: '2025-06-01' }],
    },
    flags: [['Assessments', 1]],
  },
});
