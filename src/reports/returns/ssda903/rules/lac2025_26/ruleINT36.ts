// SSDA903 2025-26 rule INT36: a child has one UASC row at most (data integrity).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleINT36 = defineRule903({
  code: 'INT36',
  message: 'Internal Check: Child should only exist once in UASC.',
  tables: ['UASC'],
  check: (context) => {
    const rows = context.byChild('UASC');
    return rowsWhere(context, 'UASC', (child) => (rows.get(child.CHILD)?.length ?? 0) > 1);
  },
  examples: {
    passing: { UASC: [{ CHILD: '1' }, { CHILD: '2' }] },
    failing: { UASC: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '1' }] },
    flags: [
      ['UASC', 1],
      ['UASC', 3],
    ],
  },
});
