// SSDA903 2025-26 rule 119: a decision that the child should no longer be placed for adoption has both its date and its reason.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule119 = defineRule903({
  code: '119',
  message:
    'If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.',
  tables: ['PlacedAdoption'],
  check: (context) =>
    rowsWhere(
      context,
      'PlacedAdoption',
      (decision) => (decision.DATE_PLACED_CEASED === '') !== (decision.REASON_PLACED_CEASED === ''),
    ),
  examples: {
    passing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/09/2025', REASON_PLACED_CEASED: 'RD1' },
        { CHILD: '2', DATE_PLACED: '01/05/2025' },
      ],
    },
    failing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/09/2025' },
        { CHILD: '2', DATE_PLACED: '01/05/2025', REASON_PLACED_CEASED: 'RD1' },
      ],
    },
    flags: [
      ['PlacedAdoption', 1],
      ['PlacedAdoption', 2],
    ],
  },
});
