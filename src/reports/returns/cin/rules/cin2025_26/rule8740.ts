// CIN census 2025-26 rule 8740: a section 47 still awaiting its conference at the year's end started within it.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsFalse } from '../../ruleSupport.ts';

export const rule8740 = defineCinRule({
  code: '8740',
  message:
    'For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'Section47', (enquiry) => {
      const start = context.day(enquiry.S47ActualStartDate);
      return (
        enquiry.DateOfInitialCPC === '' &&
        cinBooleanIsFalse(enquiry.ICPCnotRequired) &&
        start !== null &&
        (start < context.year.start || start > context.year.end)
      );
    }),
  examples: {
    passing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-04-01', ICPCnotRequired: 'false' },
        { LAchildID: 'A3', CINdetailsID: '3', S47ActualStartDate: '2026-03-31', ICPCnotRequired: '0' },
        {
          LAchildID: 'A2',
          CINdetailsID: '2',
          S47ActualStartDate: '2025-03-28',
          DateOfInitialCPC: '2025-04-10',
          ICPCnotRequired: 'false',
        },
      ],
    },
    failing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-03-31', ICPCnotRequired: 'false' },
        {
          LAchildID: 'A2',
          CINdetailsID: '2',
          S47ActualStartDate: '2025-03-28',
          DateOfInitialCPC: '2025-04-10',
          ICPCnotRequired: 'false',
        },
      ],
    },
    flags: [['Section47', 1]],
  },
});
