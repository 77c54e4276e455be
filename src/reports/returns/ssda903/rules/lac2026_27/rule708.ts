// SSDA903 2026-27 rule 708: a deprivation of liberty order starts after the child's date of birth.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule708 = defineRule903({
  code: '708',
  message: 'Dates of DoLOs are before child’s date of birth.',
  tables: ['DoLo'],
  check: (context) =>
    rowsWhere(context, 'DoLo', (order) => {
      const born = context.day(order.DOB);
      const start = context.day(order.DOLO_START);
      return born !== null && start !== null && start <= born;
    }),
  examples: {
    year: '2026-27',
    passing: { DoLo: [{ CHILD: '1', DOB: '29/02/2012', DOLO_START: '01/03/2012' }] },
    failing: { DoLo: [{ CHILD: '1', DOB: '29/02/2012', DOLO_START: '29/02/2012' }] },
    flags: [['DoLo', 1]],
  },
});
