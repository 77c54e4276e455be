// SSDA903 2025-26 rule 301: the child was born on or before 31 March, the end of the year.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule301 = defineRule903({
  code: '301',
  message: 'Date of birth falls after the year ended.',
  tables: ['Header'],
  check: (context) =>
    rowsWhere(context, 'Header', (child) => {
      const born = context.day(child.DOB);
      return born !== null && born > context.year.end;
    }),
  examples: {
    year: '2025-26',
    passing: { Header: [{ CHILD: '1', DOB: '31/03/2026' }] },
    failing: { Header: [{ CHILD: '1', DOB: '01/04/2026' }] },
    flags: [['Header', 1]],
  },
});
