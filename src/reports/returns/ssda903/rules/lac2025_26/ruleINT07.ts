// SSDA903 2025-26 rule INT07: every child in PrevPerm is in the Header (data integrity across tables).
import { defineRule903 } from '../../rule.ts';
import { rowsOfChildrenNotInHeader } from '../../ruleSupport.ts';

export const ruleINT07 = defineRule903({
  code: 'INT07',
  message: 'Internal Check: Child in PrevPerm does not exist in Header.',
  tables: ['Header', 'PrevPerm'],
  check: (context) => rowsOfChildrenNotInHeader(context, 'PrevPerm'),
  examples: {
    passing: { Header: [{ CHILD: '1' }, { CHILD: '2' }], PrevPerm: [{ CHILD: '1' }, { CHILD: '2' }] },
    failing: { Header: [{ CHILD: '1' }], PrevPerm: [{ CHILD: '1' }, { CHILD: '2' }] },
    flags: [['PrevPerm', 2]],
  },
});
