// SSDA903 2025-26 rule 620: a child recorded as a mother was at least 11 at the start of the year.
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule620 = defineRule903({
  code: '620',
  message: 'Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.',
  tables: ['Header'],
  check: (context) =>
    rowsWhere(context, 'Header', (child) => {
      const born = context.day(child.DOB);
      return child.MOTHER === '1' && born !== null && birthdayAt(born, 11) > context.year.start;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', MOTHER: '1', DOB: '01/04/2014' },
        { CHILD: '2', MOTHER: '0', DOB: '02/04/2014' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', MOTHER: '1', DOB: '02/04/2014' },
        { CHILD: '2', MOTHER: '0', DOB: '02/04/2014' },
      ],
    },
    flags: [['Header', 1]],
  },
});
