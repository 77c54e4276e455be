// SSDA903 2026-27 rule 701: a deprivation of liberty order's end date (DOLO_END) is a valid date when given.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule701 = defineRule903({
  code: '701',
  message: 'The end date of the DoLO is not a valid date.',
  tables: ['DoLo'],
  check: (context) =>
    rowsWhere(context, 'DoLo', (order) => order.DOLO_END !== '' && context.day(order.DOLO_END) === null),
  examples: {
    year: '2026-27',
    passing: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '30/06/2026' },
        { CHILD: '2', DOLO_START: '01/05/2026', DOLO_END: '' },
      ],
    },
    failing: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '31/06/2026' },
        { CHILD: '2', DOLO_START: '01/05/2026', DOLO_END: '' },
      ],
    },
    flags: [['DoLo', 1]],
  },
});
