// CIN census 2025-26 rule 8875: an initial child protection conference is not dated on a Saturday or Sunday.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

// Day 0 (1 January 1970) was a Thursday: (day + 4) % 7 is 0 on Sundays and 6 on Saturdays.
const isWeekend = (day: number | null) => day !== null && ((day + 4) % 7 === 0 || (day + 4) % 7 === 6);

export const rule8875 = defineCinRule({
  code: '8875',
  message: 'The Date of Initial Child Protection Conference cannot be a weekend (ERROR)',
  // The conference is recorded on its section 47 enquiry or, without one, on the episode.
  check: (context) => [
    ...cinRowsWhere(context, 'Section47', (enquiry) => isWeekend(context.day(enquiry.DateOfInitialCPC))),
    ...cinRowsWhere(context, 'CINdetails', (episode) => isWeekend(context.day(episode.DateOfInitialCPC))),
  ],
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-06-06' }],
      Section47: [{ LAchildID: 'A2', CINdetailsID: '2', DateOfInitialCPC: '2025-06-09' }],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-06-07' }],
      Section47: [{ LAchildID: 'A2', CINdetailsID: '2', DateOfInitialCPC: '2025-06-08' }],
    },
    flags: [
      ['CINdetails', 1],
      ['Section47', 1],
    ],
  },
});
