// SSDA903 2025-26 rule 101: the child's sex is M, F or U (from 2024-25; 1 and 2 before).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { sexCodes } from '../../validCodes.ts';

export const rule101 = defineRule903({
  code: '101',
  message: 'The child or young person’s reported sex is not valid.',
  tables: ['Header'],
  check: (context) => rowsWhere(context, 'Header', (child) => !sexCodes.has(child.SEX)),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', SEX: 'M' },
        { CHILD: '2', SEX: 'F' },
        { CHILD: '3', SEX: 'U' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'M' },
        { CHILD: '2', SEX: '1' },
        { CHILD: '3', SEX: '' },
      ],
    },
    flags: [
      ['Header', 2],
      ['Header', 3],
    ],
  },
});
