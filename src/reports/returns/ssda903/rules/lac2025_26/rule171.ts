// SSDA903 2025-26 rule 171: the date of birth of a mother's child, when given, is a real date.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule171 = defineRule903({
  code: '171',
  message: "Date of birth of mother's child is not a valid date.",
  tables: ['Header'],
  check: (context) =>
    rowsWhere(context, 'Header', (child) => child.MC_DOB !== '' && context.day(child.MC_DOB) === null),
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', MC_DOB: '29/02/2024' },
        { CHILD: '2', MC_DOB: '' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', MC_DOB: '2024-02-29' },
        { CHILD: '2', MC_DOB: '' },
      ],
    },
    flags: [['Header', 1]],
  },
});
