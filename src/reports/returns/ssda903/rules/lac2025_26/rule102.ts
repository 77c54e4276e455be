// SSDA903 2025-26 rule 102: the child's date of birth in the Header is a valid DD/MM/YYYY date.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule102 = defineRule903({
  code: '102',
  message: 'Date of birth is not a valid date.',
  tables: ['Header'],
  check: (context) => rowsWhere(context, 'Header', (child) => context.day(child.DOB) === null),
  examples: {
    passing: { Header: [{ CHILD: '1', DOB: '29/02/2012' }] },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2013' },
        { CHILD: '2', DOB: '' },
        { CHILD: '3', DOB: '01/03/2013' },
      ],
    },
    flags: [
      ['Header', 1],
      ['Header', 2],
    ],
  },
});
