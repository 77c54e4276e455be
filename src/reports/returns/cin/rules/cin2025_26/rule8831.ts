// CIN census 2025-26 rule 8831: a referral with no further action has no assessment, section 47 or conference.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { isTrue } from '../../ruleSupport.ts';

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
        isTrue(episode.ReferralNFA) &&
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
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-05-01', ReferralNFA: 'false' },
      ],
      Section47: [{ LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-05-02' }],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-05-01', ReferralNFA: '1' },
      ],
      Section47: [{ LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-05-02' }],
    },
    flags: [['CINdetails', 2]],
  },
});
