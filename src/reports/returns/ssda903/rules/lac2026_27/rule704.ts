// SSDA903 2026-27 rule 704: a deprivation of liberty order's end date (DOLO_END) falls within the collection year.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule704 = defineRule903({
  code: '704',
  message: 'The date that the DoLO ended is before the start or after the end of the collection year.',
  tables: ['DoLo'],
  check: (context) =>
    rowsWhere(context, 'DoLo', (order) => {
      const end = context.day(order.DOLO_END);
      return end !== null && (end < context.year.start || end > context.year.end);
    }),
  examples: {
    year: '2026-27',
    passing: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/03/2026', DOLO_END: '01/04/2026' },
        { CHILD: '2', DOLO_START: '01/03/2027', DOLO_END: '31/03/2027' },
      ],
    },
    failing: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/03/2026', DOLO_END: '31/03/2026' },
        { CHILD: '2', DOLO_START: '01/03/2027', DOLO_END: '01/04/2027' },
      ],
    },
    flags: [
      ['DoLo', 1],
      ['DoLo', 2],
    ],
  },
});
