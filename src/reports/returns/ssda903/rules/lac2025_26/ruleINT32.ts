// SSDA903 2025-26 rule INT32: a child has one row in Header (data integrity within the table).
import { defineRule903 } from '../../rule.ts';
import { rowsOfRepeatedChildren } from '../../ruleSupport.ts';

export const ruleINT32 = defineRule903({
  code: 'INT32',
  message: 'Internal Check: Child should only exist once in Header.',
  tables: ['Header'],
  check: (context) => rowsOfRepeatedChildren(context, 'Header'),
  examples: {
    passing: { Header: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }] },
    failing: { Header: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '1' }] },
    flags: [
      ['Header', 1],
      ['Header', 3],
    ],
  },
});
