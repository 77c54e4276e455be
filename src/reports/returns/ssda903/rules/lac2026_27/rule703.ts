// SSDA903 2026-27 rule 703: a deprivation of liberty order starts (DOLO_START) on or before the end of the collection year.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule703 = defineRule903({
  code: '703',
  message: 'The date that the DoLO started is after the end of the collection year.',
  tables: ['DoLo'],
  check: (context) => rowsWhere(context, 'DoLo', (order) => (context.day(order.DOLO_START) ?? 0) > context.year.end),
  examples: {
    year: '2026-27',
    passing: { DoLo: [{ CHILD: '1', DOLO_START: '31/03/2027' }] },
    failing: { DoLo: [{ CHILD: '1', DOLO_START: '01/04/2027' }] },
    flags: [['DoLo', 1]],
  },
});
