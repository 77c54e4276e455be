// SSDA903 2025-26 rule 611: a child recorded as a mother (MOTHER 1) has her child's date of birth recorded.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule611 = defineRule903({
  code: '611',
  message: 'Date of birth field is blank, but child is a mother.',
  tables: ['Header'],
  check: (context) => rowsWhere(context, 'Header', (child) => child.MOTHER === '1' && child.MC_DOB === ''),
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '1', MC_DOB: '01/03/2025' },
        { CHILD: '2', SEX: 'F', MOTHER: '0' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '1', MC_DOB: '' },
        { CHILD: '2', SEX: 'F', MOTHER: '0' },
      ],
    },
    flags: [['Header', 1]],
  },
});
