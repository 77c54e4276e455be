// SSDA903 2025-26 rule 174: a boy (SEX M) has no mother's child date of birth.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule174 = defineRule903({
  code: '174',
  message: "Mother's child date of birth is recorded but sex shows that the child is a male.",
  tables: ['Header'],
  check: (context) => rowsWhere(context, 'Header', (child) => child.SEX === 'M' && child.MC_DOB !== ''),
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', SEX: 'F', MC_DOB: '01/03/2025' },
        { CHILD: '2', SEX: 'M', MC_DOB: '' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'F', MC_DOB: '01/03/2025' },
        { CHILD: '2', SEX: 'M', MC_DOB: '01/03/2025' },
      ],
    },
    flags: [['Header', 2]],
  },
});
