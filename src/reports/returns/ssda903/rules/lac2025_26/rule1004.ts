// SSDA903 2025-26 rule 1004: a missing or away period has a start date (MIS_START), a real DD/MM/YYYY date.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule1004 = defineRule903({
  code: '1004',
  message:
    'The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
  tables: ['Missing'],
  check: (context) => rowsWhere(context, 'Missing', (period) => context.day(period.MIS_START) === null),
  examples: {
    passing: {
      Missing: [
        { CHILD: '1', MIS_START: '29/02/2024' },
        { CHILD: '2', MIS_START: '01/04/2025' },
      ],
    },
    failing: {
      Missing: [
        { CHILD: '1', MIS_START: '29/02/2025' },
        { CHILD: '2', MIS_START: '' },
        { CHILD: '3', MIS_START: '01/04/2025' },
      ],
    },
    flags: [
      ['Missing', 1],
      ['Missing', 2],
    ],
  },
});
