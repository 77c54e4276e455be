// SSDA903 2025-26 rule INT31: a child appears at most once in AD1 (data integrity).
import { defineRule903 } from '../../rule.ts';
import { rowsOfRepeatedChildren } from '../../ruleSupport.ts';

export const ruleINT31 = defineRule903({
  code: 'INT31',
  message: 'Internal Check: Child should only exist once in AD1.',
  tables: ['AD1'],
  check: (context) => rowsOfRepeatedChildren(context, 'AD1'),
  examples: {
    year: '2025-26',
    passing: { AD1: [{ CHILD: '1' }, { CHILD: '2' }] },
    failing: { AD1: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '1' }] },
    flags: [
      ['AD1', 1],
      ['AD1', 3],
    ],
  },
});
