// SSDA903 2025-26 rule 113: the date of matching child and adopter(s) (DATE_MATCH), when given, is a real DD/MM/YYYY date.
import { defineRule903 } from '../../rule.ts';
import { rowsWithInvalidDate } from '../../ruleSupport.ts';

export const rule113 = defineRule903({
  code: '113',
  message: 'Date matching child and adopter(s) is not a valid date.',
  tables: ['AD1'],
  check: (context) => rowsWithInvalidDate(context, 'AD1', 'DATE_MATCH'),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', DATE_MATCH: '29/02/2024' },
        { CHILD: '2', DATE_MATCH: '' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', DATE_MATCH: '29/02/2025' },
        { CHILD: '2', DATE_MATCH: '' },
        { CHILD: '3', DATE_MATCH: '2025-04-01' },
      ],
    },
    flags: [
      ['AD1', 1],
      ['AD1', 3],
    ],
  },
});
