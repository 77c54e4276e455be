// CIN census 2025-26 rule 8831: a referral with no further action has no assessment, section 47 or conference.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsTrue } from '../../ruleSupport.ts';

export const rule8831 = defineCinRule({
  code: '8831',
  message: 'Activity is recorded against a case marked as a referral with no further action (ERROR)',
  check: (context) => {
    const assessments = context.byEpisode('Assessments');
    const enquiries = context.byEpisode('Section47');
    return cinRowsWhere(
      context,
      'CINdetails',
      (episode) =>
        cinBooleanIsTrue(episode.ReferralNFA) &&
        (episode.DateOfInitialCPC !== '' ||
          (assessments.get(episode.CINdetailsID) ?? []).some(
            (assessment) =>
              assessment.AssessmentActualStartDate !== '' || assessment.AssessmentAuthorisationDate !== '',
          ) ||
          (enquiries.get(episode.CINdetailsID) ?? []).some(
            (enquiry) => enquiry.S47ActualStartDate !== '' || enquiry.DateOfInitialCPC !== '',
          )),
    );
  },
  // Each of the four kinds of activity, alone, on its own referral with no further action.
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-05-01', ReferralNFA: 'false' },
      ],
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3' }],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-05-02' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-05-01', ReferralNFA: '1' },
        { LAchildID: 'A3', CINdetailsID: '4', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
        { LAchildID: 'A4', CINdetailsID: '5', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
        { LAchildID: 'A5', CINdetailsID: '6', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
      ],
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3' },
        { LAchildID: 'A3', CINdetailsID: '4', AssessmentID: '7', AssessmentActualStartDate: '2025-05-02' },
        { LAchildID: 'A4', CINdetailsID: '5', AssessmentID: '8', AssessmentAuthorisationDate: '2025-05-09' },
      ],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-05-02' },
        { LAchildID: 'A5', CINdetailsID: '6', DateOfInitialCPC: '2025-05-20' },
      ],
    },
    flags: [
      ['CINdetails', 2],
      ['CINdetails', 3],
      ['CINdetails', 4],
      ['CINdetails', 5],
    ],
  },
});
