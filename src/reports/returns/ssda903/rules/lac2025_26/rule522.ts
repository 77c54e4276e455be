// SSDA903 2025-26 rule 522: the decision that the child should be placed for adoption is on or before the decision that they should no longer be.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule522 = defineRule903({
  code: '522',
  message:
    'Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.',
  tables: ['PlacedAdoption'],
  check: (context) =>
    rowsWhere(context, 'PlacedAdoption', (decision) => {
      const placed = context.day(decision.DATE_PLACED);
      const ceased = context.day(decision.DATE_PLACED_CEASED);
      return placed !== null && ceased !== null && ceased < placed;
    }),
  examples: {
    passing: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/05/2025' }] },
    failing: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '30/04/2025' }] },
    flags: [['PlacedAdoption', 1]],
  },
});
