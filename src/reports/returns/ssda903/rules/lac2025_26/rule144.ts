// SSDA903 2025-26 rule 144: the legal status (LS), when given, is one of the year's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { legalStatusCodes } from '../../validCodes.ts';

export const rule144 = defineRule903({
  code: '144',
  message: 'The legal status code is not a valid code.',
  tables: ['Episodes'],
  check: (context) => rowsWhere(context, 'Episodes', (row) => row.LS !== '' && !legalStatusCodes.has(row.LS)),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'C2' },
        { CHILD: '2', LS: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'C2' },
        { CHILD: '2', LS: 'V1' },
        { CHILD: '3', LS: 'c2' },
      ],
    },
    flags: [
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
