// CIN census 2025-26 rule 2889: a Section 47 enquiry does not start before its episode's referral.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinEpisodeById } from '../../ruleSupport.ts';

export const rule2889 = defineCinRule({
  code: '2889',
  message: 'The S47 start date cannot be before the referral date. (ERROR)',
  check: (context) => {
    const episodes = cinEpisodeById(context);
    return cinRowsWhere(context, 'Section47', (enquiry) => {
      const start = context.day(enquiry.S47ActualStartDate);
      const referral = context.day(episodes.get(enquiry.CINdetailsID)?.CINreferralDate ?? '');
      return start !== null && referral !== null && start < referral;
    });
  },
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' }],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-06-02' },
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-08-04' },
      ],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' }],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-06-01' },
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-08-04' },
      ],
    },
    flags: [['Section47', 1]],
  },
});
