// SSDA903 2025-26 rule 147: the date the episode ceased (DEC), when given, is a real DD/MM/YYYY date.
import { defineRule903 } from '../../rule.ts';
import { rowsWithInvalidDate } from '../../ruleSupport.ts';

export const rule147 = defineRule903({
  code: '147',
  message: 'Date episode ceased is not a valid date.',
  tables: ['Episodes'],
  check: (context) => rowsWithInvalidDate(context, 'Episodes', 'DEC'),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DEC: '29/02/2024' },
        { CHILD: '2', DEC: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DEC: '29/02/2025' },
        { CHILD: '2', DEC: '' },
        { CHILD: '3', DEC: '2025-04-01' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 3],
    ],
  },
});
