// SSDA903 2025-26 rule 146: the placement type (2025-26 list: Z1 is split into Z11–Z14) (PLACE), when given, is one of the year's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { placementCodes } from '../../validCodes.ts';

export const rule146 = defineRule903({
  code: '146',
  message: 'Placement type code is not a valid code.',
  tables: ['Episodes'],
  check: (context) => rowsWhere(context, 'Episodes', (row) => row.PLACE !== '' && !placementCodes.has(row.PLACE)),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'Z14' },
        { CHILD: '2', PLACE: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'Z14' },
        { CHILD: '2', PLACE: 'Z1' },
        { CHILD: '3', PLACE: 'z14' },
      ],
    },
    flags: [
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
