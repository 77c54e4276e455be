// CIN census 2025-26 rule 8870Q: the target date for an initial conference is not a Saturday or Sunday.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

/** Day numbers count from Thursday 1 January 1970, so day 2 is a Saturday and day 3 a Sunday. */
const isWeekend = (day: number) => ((day % 7) + 7) % 7 === 2 || ((day % 7) + 7) % 7 === 3;

export const rule8870Q = defineCinRule({
  code: '8870Q',
  message:
    'Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend (QUERY)',
  check: (context) =>
    cinRowsWhere(context, 'Section47', (enquiry) => {
      const target = context.day(enquiry.InitialCPCtarget);
      return target !== null && isWeekend(target);
    }),
  examples: {
    passing: {
      Section47: [
        { LAchildID: 'A1', InitialCPCtarget: '2025-06-06' },
        { LAchildID: 'A2', InitialCPCtarget: '2025-06-09' },
      ],
    },
    failing: {
      Section47: [
        { LAchildID: 'A1', InitialCPCtarget: '2025-06-07' },
        { LAchildID: 'A2', InitialCPCtarget: '2025-06-08' },
      ],
    },
    flags: [
      ['Section47', 1],
      ['Section47', 2],
    ],
  },
});
