// SSDA903 2025-26 rule 333: when a match date is given, the date adoption was decided in the child's best
// interest (DATE_INT) is given and on or before it.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule333 = defineRule903({
  code: '333',
  message: 'Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => {
      const matched = context.day(adoption.DATE_MATCH);
      if (matched === null) return false;
      const decided = context.day(adoption.DATE_INT);
      return decided === null || decided > matched;
    }),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', DATE_INT: '01/06/2025', DATE_MATCH: '01/06/2025' },
        { CHILD: '2', DATE_INT: '01/06/2025' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', DATE_INT: '02/06/2025', DATE_MATCH: '01/06/2025' },
        { CHILD: '2', DATE_INT: '', DATE_MATCH: '01/06/2025' },
        { CHILD: '3', DATE_INT: '01/06/2025' },
      ],
    },
    flags: [
      ['AD1', 1],
      ['AD1', 2],
    ],
  },
});
