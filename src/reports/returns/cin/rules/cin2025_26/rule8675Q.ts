// CIN census 2025-26 rule 8675Q: a section 47 started 15 working days before the year's end has a conference.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsFalse, dayWorkingDaysBefore } from '../../ruleSupport.ts';

export const rule8675Q = defineCinRule({
  code: '8675Q',
  message:
    'Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference. (QUERY)',
  check: (context) => {
    const conferenceDue = dayWorkingDaysBefore(context.year.end, 15);
    return cinRowsWhere(context, 'Section47', (enquiry) => {
      const started = context.day(enquiry.S47ActualStartDate);
      return (
        started !== null &&
        started < conferenceDue &&
        enquiry.DateOfInitialCPC === '' &&
        cinBooleanIsFalse(enquiry.ICPCnotRequired)
      );
    });
  },
  // 2023-24 ended on Easter Sunday: 15 working days back, Good Friday aside, is Friday 8 March 2024.
  examples: {
    year: '2023-24',
    passing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2024-03-08', ICPCnotRequired: 'false' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2024-03-07', ICPCnotRequired: 'true' },
      ],
    },
    failing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2024-03-07', ICPCnotRequired: 'false' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2024-03-07', ICPCnotRequired: 'true' },
      ],
    },
    flags: [['Section47', 1]],
  },
});
