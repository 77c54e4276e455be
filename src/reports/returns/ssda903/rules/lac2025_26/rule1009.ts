// SSDA903 2025-26 rule 1009: the reason for a placement change (REASON_PLACE_CHANGE), when given, is one of the year's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { reasonPlaceChangeCodes } from '../../validCodes.ts';

export const rule1009 = defineRule903({
  code: '1009',
  message: 'Reason for placement change is not a valid code.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (row) => row.REASON_PLACE_CHANGE !== '' && !reasonPlaceChangeCodes.has(row.REASON_PLACE_CHANGE),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '2', REASON_PLACE_CHANGE: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '2', REASON_PLACE_CHANGE: 'CARPLX' },
        { CHILD: '3', REASON_PLACE_CHANGE: 'carpl' },
      ],
    },
    flags: [
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
