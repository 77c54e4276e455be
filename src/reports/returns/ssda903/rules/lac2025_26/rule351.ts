// SSDA903 2025-26 rule 351: no child in the return was over 25 (past their 25th birthday) on 1 April.
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule351 = defineRule903({
  code: '351',
  message: 'Child was over 25 at the start of the current collection year.',
  tables: ['Header'],
  check: (context) =>
    rowsWhere(context, 'Header', (child) => {
      const born = context.day(child.DOB);
      return born !== null && birthdayAt(born, 25) < context.year.start;
    }),
  examples: {
    year: '2025-26',
    passing: { Header: [{ CHILD: '1', DOB: '01/04/2000' }] },
    failing: {
      Header: [
        { CHILD: '1', DOB: '01/04/2000' },
        { CHILD: '2', DOB: '31/03/2000' },
      ],
    },
    flags: [['Header', 2]],
  },
});
