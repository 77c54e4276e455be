// SSDA903 2025-26 rule 612: a girl whose child's date of birth is recorded is recorded as a mother (MOTHER 1).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule612 = defineRule903({
  code: '612',
  message: 'Date of birth field has been completed but mother field indicates child is not a mother.',
  tables: ['Header'],
  check: (context) =>
    rowsWhere(context, 'Header', (child) => child.SEX === 'F' && child.MC_DOB !== '' && child.MOTHER !== '1'),
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '1', MC_DOB: '01/03/2025' },
        { CHILD: '2', SEX: 'F', MOTHER: '0', MC_DOB: '' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '0', MC_DOB: '01/03/2025' },
        { CHILD: '2', SEX: 'F', MOTHER: '', MC_DOB: '01/03/2025' },
        { CHILD: '3', SEX: 'F', MOTHER: '0', MC_DOB: '' },
      ],
    },
    flags: [
      ['Header', 1],
      ['Header', 2],
    ],
  },
});
