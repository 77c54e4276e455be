// SSDA903 2025-26 rule INT03: every child in Episodes is in the Header (data integrity across tables).
import { defineRule903 } from '../../rule.ts';
import { rowsOfChildrenNotInHeader } from '../../ruleSupport.ts';

export const ruleINT03 = defineRule903({
  code: 'INT03',
  message: 'Internal Check: Child in Episodes does not exist in Header.',
  tables: ['Header', 'Episodes'],
  check: (context) => rowsOfChildrenNotInHeader(context, 'Episodes'),
  examples: {
    passing: { Header: [{ CHILD: '1' }, { CHILD: '2' }], Episodes: [{ CHILD: '1' }, { CHILD: '2' }] },
    failing: { Header: [{ CHILD: '1' }], Episodes: [{ CHILD: '1' }, { CHILD: '2' }] },
    flags: [['Episodes', 2]],
  },
});
