// SSDA903 2025-26 rule INT34: a child appears at most once in OC3 (data integrity).
import { defineRule903 } from '../../rule.ts';
import { rowsOfRepeatedChildren } from '../../ruleSupport.ts';

export const ruleINT34 = defineRule903({
  code: 'INT34',
  message: 'Internal Check: Child should only exist once in OC3.',
  tables: ['OC3'],
  check: (context) => rowsOfRepeatedChildren(context, 'OC3'),
  examples: {
    year: '2025-26',
    passing: { OC3: [{ CHILD: '1' }, { CHILD: '2' }] },
    failing: { OC3: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '1' }] },
    flags: [
      ['OC3', 1],
      ['OC3', 3],
    ],
  },
});
