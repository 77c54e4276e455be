// SSDA903 2025-26 rule 120: the reason the decision to place for adoption was reversed, when given, is RD1–RD4.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { reasonPlacedCeasedCodes } from '../../validCodes.ts';

export const rule120 = defineRule903({
  code: '120',
  message:
    'The reason for the reversal of the decision that the child should be placed for adoption code is not valid.',
  tables: ['PlacedAdoption'],
  check: (context) =>
    rowsWhere(
      context,
      'PlacedAdoption',
      (decision) => decision.REASON_PLACED_CEASED !== '' && !reasonPlacedCeasedCodes.has(decision.REASON_PLACED_CEASED),
    ),
  examples: {
    year: '2025-26',
    passing: {
      PlacedAdoption: [
        { CHILD: '1', REASON_PLACED_CEASED: 'RD4' },
        { CHILD: '2', REASON_PLACED_CEASED: '' },
      ],
    },
    failing: {
      PlacedAdoption: [
        { CHILD: '1', REASON_PLACED_CEASED: 'RD5' },
        { CHILD: '2', REASON_PLACED_CEASED: '' },
      ],
    },
    flags: [['PlacedAdoption', 1]],
  },
});
