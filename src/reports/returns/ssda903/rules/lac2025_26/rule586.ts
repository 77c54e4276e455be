// SSDA903 2025-26 rule 586: a missing or away period starts after the child was born.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule586 = defineRule903({
  code: '586',
  message: 'Dates of missing periods are before child’s date of birth.',
  tables: ['Missing'],
  check: (context) =>
    rowsWhere(context, 'Missing', (period) => {
      const start = context.day(period.MIS_START);
      const born = context.day(period.DOB);
      return start !== null && born !== null && start <= born;
    }),
  examples: {
    passing: { Missing: [{ CHILD: '1', DOB: '31/03/2012', MIS_START: '01/04/2012' }] },
    failing: { Missing: [{ CHILD: '1', DOB: '31/03/2012', MIS_START: '31/03/2012' }] },
    flags: [['Missing', 1]],
  },
});
