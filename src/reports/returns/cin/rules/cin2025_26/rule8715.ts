// CIN census 2025-26 rule 8715: an initial child protection conference, when given, falls within the census year.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import { isInCensusYear } from '../../ruleSupport.ts';

export const rule8715 = defineCinRule({
  code: '8715',
  message: 'Date of Initial Child Protection Conference must fall within the census year (ERROR)',
  // The DfE names DateOfInitialCPC wherever it is held: in a Section47 block or on the episode itself.
  check: (context) => {
    const flags: CinFlag[] = [];
    const outside = (text: string) => {
      const day = context.day(text);
      return day !== null && !isInCensusYear(context, day);
    };
    for (const episode of context.tables.CINdetails)
      if (outside(episode.DateOfInitialCPC)) flags.push({ table: 'CINdetails', row: episode });
    for (const enquiry of context.tables.Section47)
      if (outside(enquiry.DateOfInitialCPC)) flags.push({ table: 'Section47', row: enquiry });
    return flags;
  },
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', DateOfInitialCPC: '2025-04-01' }],
      Section47: [
        { LAchildID: 'A2', DateOfInitialCPC: '2026-03-31' },
        { LAchildID: 'A3', DateOfInitialCPC: '' },
      ],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', DateOfInitialCPC: '2025-03-31' }],
      Section47: [
        { LAchildID: 'A2', DateOfInitialCPC: '2026-04-01' },
        { LAchildID: 'A3', DateOfInitialCPC: '' },
      ],
    },
    flags: [
      ['CINdetails', 1],
      ['Section47', 1],
    ],
  },
});
