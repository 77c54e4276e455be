// SSDA903 2025-26 rule 104: the date UASC status ceased, when given, is a real date.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule104 = defineRule903({
  code: '104',
  message: 'Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.',
  tables: ['UASC'],
  check: (context) => rowsWhere(context, 'UASC', (child) => child.DUC !== '' && context.day(child.DUC) === null),
  examples: {
    year: '2025-26',
    passing: {
      UASC: [
        { CHILD: '1', DUC: '29/02/2024' },
        { CHILD: '2', DUC: '' },
      ],
    },
    failing: {
      UASC: [
        { CHILD: '1', DUC: '31/04/2025' },
        { CHILD: '2', DUC: '' },
      ],
    },
    flags: [['UASC', 1]],
  },
});
