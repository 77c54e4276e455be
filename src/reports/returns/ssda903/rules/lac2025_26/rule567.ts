// SSDA903 2025-26 rule 567: a missing or away period does not end before it starts.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule567 = defineRule903({
  code: '567',
  message:
    'The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.',
  tables: ['Missing'],
  check: (context) =>
    rowsWhere(context, 'Missing', (period) => {
      const start = context.day(period.MIS_START);
      const end = context.day(period.MIS_END);
      return start !== null && end !== null && end < start;
    }),
  examples: {
    passing: { Missing: [{ CHILD: '1', MIS_START: '28/02/2024', MIS_END: '28/02/2024' }] },
    failing: { Missing: [{ CHILD: '1', MIS_START: '29/02/2024', MIS_END: '28/02/2024' }] },
    flags: [['Missing', 1]],
  },
});
