// SSDA903 2025-26 rule 175: the number of adopters (NB_ADOPTR), when given, is one of the year's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { numberOfAdoptersCodes } from '../../validCodes.ts';

export const rule175 = defineRule903({
  code: '175',
  message: 'The number of adopter(s) code is not a valid code.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (row) => row.NB_ADOPTR !== '' && !numberOfAdoptersCodes.has(row.NB_ADOPTR)),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', NB_ADOPTR: '2' },
        { CHILD: '2', NB_ADOPTR: '' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', NB_ADOPTR: '2' },
        { CHILD: '2', NB_ADOPTR: '3' },
        { CHILD: '3', NB_ADOPTR: '02' },
      ],
    },
    flags: [
      ['AD1', 2],
      ['AD1', 3],
    ],
  },
});
