// CIN census 2025-26 rule 8875: a section 47's initial child protection conference is not on a weekend.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

// Day 0 (1 January 1970) was a Thursday: (day + 4) % 7 is 0 on Sundays and 6 on Saturdays.
const isWeekend = (day: number | null) => day !== null && ((day + 4) % 7 === 0 || (day + 4) % 7 === 6);

export const rule8875 = defineCinRule({
  code: '8875',
  message: 'The Date of Initial Child Protection Conference cannot be a weekend (ERROR)',
  // The DfE's rule is of the Section 47 module: the episode's own DateOfInitialCPC is not judged here.
  check: (context) => cinRowsWhere(context, 'Section47', (enquiry) => isWeekend(context.day(enquiry.DateOfInitialCPC))),
  examples: {
    passing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-06-06' },
        { LAchildID: 'A2', CINdetailsID: '2', DateOfInitialCPC: '2025-06-09' },
      ],
    },
    failing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-06-07' },
        { LAchildID: 'A2', CINdetailsID: '2', DateOfInitialCPC: '2025-06-08' },
      ],
    },
    flags: [
      ['Section47', 1],
      ['Section47', 2],
    ],
  },
});
