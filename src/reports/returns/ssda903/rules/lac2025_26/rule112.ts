// SSDA903 2025-26 rule 112: the date the child should be placed for adoption (AD1 DATE_INT) is a valid date when given.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule112 = defineRule903({
  code: '112',
  message: 'Date should be placed for adoption is not a valid date.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => adoption.DATE_INT !== '' && context.day(adoption.DATE_INT) === null),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', DATE_INT: '29/02/2024' },
        { CHILD: '2', DATE_INT: '' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', DATE_INT: '29/02/2025' },
        { CHILD: '2', DATE_INT: '' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
