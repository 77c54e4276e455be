// CIN census 2025-26 rule 8868: each section 47 of a closed episode has a conference date or none required.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsTrue } from '../../ruleSupport.ts';

export const rule8868 = defineCinRule({
  code: '8868',
  message:
    'CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag (ERROR)',
  check: (context) => {
    const episodes = context.byEpisode('CINdetails');
    return cinRowsWhere(
      context,
      'Section47',
      (enquiry) =>
        (episodes.get(enquiry.CINdetailsID)?.[0]?.CINclosureDate ?? '') !== '' &&
        enquiry.DateOfInitialCPC === '' &&
        !cinBooleanIsTrue(enquiry.ICPCnotRequired),
    );
  },
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', CINclosureDate: '2025-08-01' }],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-02', ICPCnotRequired: 'true' },
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-06-02', DateOfInitialCPC: '2025-06-20' },
      ],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', CINclosureDate: '2025-08-01' }],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-02', ICPCnotRequired: 'false' },
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-06-02', DateOfInitialCPC: '2025-06-20' },
      ],
    },
    flags: [['Section47', 1]],
  },
});
