// SSDA903 2025-26 rule 177: the legal status of the adopters (LS_ADOPTR), when given, is one of the year's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { adopterLegalStatusCodes } from '../../validCodes.ts';

export const rule177 = defineRule903({
  code: '177',
  message: 'The legal status of adopter(s) code is not a valid code.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (row) => row.LS_ADOPTR !== '' && !adopterLegalStatusCodes.has(row.LS_ADOPTR)),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L12' },
        { CHILD: '2', LS_ADOPTR: '' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L12' },
        { CHILD: '2', LS_ADOPTR: 'L1' },
        { CHILD: '3', LS_ADOPTR: 'l12' },
      ],
    },
    flags: [
      ['AD1', 2],
      ['AD1', 3],
    ],
  },
});
