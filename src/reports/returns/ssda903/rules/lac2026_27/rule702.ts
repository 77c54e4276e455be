// SSDA903 2026-27 rule 702: a deprivation of liberty order does not end (DOLO_END) before it started (DOLO_START).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule702 = defineRule903({
  code: '702',
  message: 'The date that the DoLO ended is before the date that it started.',
  tables: ['DoLo'],
  // The community validator flags an order ending the day it started as well; the DfE message says "before".
  check: (context) =>
    rowsWhere(context, 'DoLo', (order) => {
      const start = context.day(order.DOLO_START);
      const end = context.day(order.DOLO_END);
      return start !== null && end !== null && end < start;
    }),
  examples: {
    year: '2026-27',
    passing: { DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '01/05/2026' }] },
    failing: { DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '30/04/2026' }] },
    flags: [['DoLo', 1]],
  },
});
