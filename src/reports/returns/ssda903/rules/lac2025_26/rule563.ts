// SSDA903 2025-26 rule 563: a decision that the child should no longer be placed for adoption (its date and
// reason) comes with the date of the decision that they should be.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule563 = defineRule903({
  code: '563',
  message:
    'The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank',
  tables: ['PlacedAdoption'],
  check: (context) =>
    rowsWhere(
      context,
      'PlacedAdoption',
      (decision) =>
        decision.DATE_PLACED === '' && decision.DATE_PLACED_CEASED !== '' && decision.REASON_PLACED_CEASED !== '',
    ),
  examples: {
    passing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/09/2025', REASON_PLACED_CEASED: 'RD1' },
      ],
    },
    failing: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '', DATE_PLACED_CEASED: '01/09/2025', REASON_PLACED_CEASED: 'RD1' }],
    },
    flags: [['PlacedAdoption', 1]],
  },
});
