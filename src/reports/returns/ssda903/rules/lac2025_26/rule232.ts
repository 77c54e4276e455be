// SSDA903 2025-26 rule 232: a query where the child's sex is reported as unknown (U).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule232 = defineRule903({
  code: '232',
  message: 'Sex of the child/young person has been reported as unknown.',
  tables: ['Header'],
  check: (context) => rowsWhere(context, 'Header', (child) => child.SEX === 'U'),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', SEX: 'M' },
        { CHILD: '2', SEX: 'F' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'M' },
        { CHILD: '2', SEX: 'U' },
      ],
    },
    flags: [['Header', 2]],
  },
});
