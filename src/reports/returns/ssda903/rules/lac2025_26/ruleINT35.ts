// SSDA903 2025-26 rule INT35: a child appears at most once in PrevPerm (data integrity).
import { defineRule903 } from '../../rule.ts';
import { rowsOfRepeatedChildren } from '../../ruleSupport.ts';

export const ruleINT35 = defineRule903({
  code: 'INT35',
  message: 'Internal Check: Child should only exist once in PrevPerm.',
  tables: ['PrevPerm'],
  check: (context) => rowsOfRepeatedChildren(context, 'PrevPerm'),
  examples: {
    year: '2025-26',
    passing: { PrevPerm: [{ CHILD: '1' }, { CHILD: '2' }] },
    failing: { PrevPerm: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '1' }] },
    flags: [
      ['PrevPerm', 1],
      ['PrevPerm', 3],
    ],
  },
});
