// SSDA903 2025-26 rule 116: the date the decision to place for adoption was reversed, when given, is a real date.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule116 = defineRule903({
  code: '116',
  message:
    "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
  tables: ['PlacedAdoption'],
  check: (context) =>
    rowsWhere(
      context,
      'PlacedAdoption',
      (decision) => decision.DATE_PLACED_CEASED !== '' && context.day(decision.DATE_PLACED_CEASED) === null,
    ),
  examples: {
    year: '2025-26',
    passing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED_CEASED: '29/02/2024' },
        { CHILD: '2', DATE_PLACED_CEASED: '' },
      ],
    },
    failing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED_CEASED: '29/02/2025' },
        { CHILD: '2', DATE_PLACED_CEASED: '' },
      ],
    },
    flags: [['PlacedAdoption', 1]],
  },
});
