// SSDA903 2025-26 rule 103: the child's ethnicity (ETHNIC) is one of the DfE's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ethnicCodes } from '../../validCodes.ts';

export const rule103 = defineRule903({
  code: '103',
  message: 'The ethnicity code is either not valid or has not been entered.',
  tables: ['Header'],
  check: (context) => rowsWhere(context, 'Header', (child) => !ethnicCodes.has(child.ETHNIC)),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', ETHNIC: 'WROM' },
        { CHILD: '2', ETHNIC: 'NOBT' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', ETHNIC: 'WROM' },
        { CHILD: '2', ETHNIC: '' },
        { CHILD: '3', ETHNIC: 'wbri' },
      ],
    },
    flags: [
      ['Header', 2],
      ['Header', 3],
    ],
  },
});
