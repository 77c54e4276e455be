// CIN census 2025-26 rule 8615: a section 47 with an initial conference has a start date on or before it.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8615 = defineCinRule({
  code: '8615',
  message:
    'Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'Section47', (enquiry) => {
      const conference = context.day(enquiry.DateOfInitialCPC);
      if (conference === null) return false;
      const start = context.day(enquiry.S47ActualStartDate);
      return start === null || start > conference;
    }),
  examples: {
    passing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-06-02', DateOfInitialCPC: '2025-06-02' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-06-02' },
      ],
    },
    failing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-06-03', DateOfInitialCPC: '2025-06-02' },
        { LAchildID: 'A2', CINdetailsID: '2', DateOfInitialCPC: '2025-06-02' },
      ],
    },
    flags: [
      ['Section47', 1],
      ['Section47', 2],
    ],
  },
});
