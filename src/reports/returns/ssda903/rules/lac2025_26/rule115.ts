// SSDA903 2025-26 rule 115: the date of the decision that the child should be placed for adoption (DATE_PLACED), when given, is a real DD/MM/YYYY date.
import { defineRule903 } from '../../rule.ts';
import { rowsWithInvalidDate } from '../../ruleSupport.ts';

export const rule115 = defineRule903({
  code: '115',
  message: "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
  tables: ['PlacedAdoption'],
  check: (context) => rowsWithInvalidDate(context, 'PlacedAdoption', 'DATE_PLACED'),
  examples: {
    passing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '29/02/2024' },
        { CHILD: '2', DATE_PLACED: '' },
      ],
    },
    failing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '29/02/2025' },
        { CHILD: '2', DATE_PLACED: '' },
        { CHILD: '3', DATE_PLACED: '2025-04-01' },
      ],
    },
    flags: [
      ['PlacedAdoption', 1],
      ['PlacedAdoption', 3],
    ],
  },
});
