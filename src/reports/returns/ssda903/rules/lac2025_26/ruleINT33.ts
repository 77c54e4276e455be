// SSDA903 2025-26 rule INT33: a child has one row in OC2 (data integrity within the table).
import { defineRule903 } from '../../rule.ts';
import { rowsOfRepeatedChildren } from '../../ruleSupport.ts';

export const ruleINT33 = defineRule903({
  code: 'INT33',
  message: 'Internal Check: Child should only exist once in OC2.',
  tables: ['OC2'],
  check: (context) => rowsOfRepeatedChildren(context, 'OC2'),
  examples: {
    passing: { OC2: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }] },
    failing: { OC2: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '1' }] },
    flags: [
      ['OC2', 1],
      ['OC2', 3],
    ],
  },
});
