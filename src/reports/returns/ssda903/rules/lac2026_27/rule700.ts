// SSDA903 2026-27 rule 700: a deprivation of liberty order's start date (DOLO_START) is a valid date.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule700 = defineRule903({
  code: '700',
  message: 'The start date of the DoLO is not a valid date.',
  tables: ['DoLo'],
  check: (context) => rowsWhere(context, 'DoLo', (order) => context.day(order.DOLO_START) === null),
  examples: {
    year: '2026-27',
    passing: { DoLo: [{ CHILD: '1', DOB: '01/01/2012', DOLO_START: '29/02/2028' }] },
    failing: {
      DoLo: [
        { CHILD: '1', DOB: '01/01/2012', DOLO_START: '29/02/2027' },
        { CHILD: '2', DOB: '01/01/2012', DOLO_START: '' },
      ],
    },
    flags: [
      ['DoLo', 1],
      ['DoLo', 2],
    ],
  },
});
