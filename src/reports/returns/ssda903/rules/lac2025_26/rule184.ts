// SSDA903 2025-26 rule 184: the decision that a child should be placed for adoption is not dated before they were born.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { birthDays } from '../../ruleSupport.ts';

export const rule184 = defineRule903({
  code: '184',
  message: 'Date of decision that a child should be placed for adoption is before the child was born.',
  tables: ['Header', 'PlacedAdoption'],
  check: (context) => {
    const born = birthDays(context);
    return rowsWhere(context, 'PlacedAdoption', (decision) => {
      const decided = context.day(decision.DATE_PLACED);
      const birth = born.get(decision.CHILD);
      return decided !== null && birth !== undefined && decided < birth;
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1', DOB: '29/02/2024' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '29/02/2024' }],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '29/02/2024' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '28/02/2024' }],
    },
    flags: [['PlacedAdoption', 1]],
  },
});
