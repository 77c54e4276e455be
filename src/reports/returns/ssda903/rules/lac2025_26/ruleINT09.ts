// SSDA903 2025-26 rule INT09: every child in UASC is in the Header (data integrity across tables).
import { defineRule903 } from '../../rule.ts';
import { rowsOfChildrenNotInHeader } from '../../ruleSupport.ts';

export const ruleINT09 = defineRule903({
  code: 'INT09',
  message: 'Internal Check: Child in UASC does not exist in Header.',
  tables: ['Header', 'UASC'],
  check: (context) => rowsOfChildrenNotInHeader(context, 'UASC'),
  examples: {
    passing: { Header: [{ CHILD: '1' }, { CHILD: '2' }], UASC: [{ CHILD: '1' }, { CHILD: '2' }] },
    failing: { Header: [{ CHILD: '1' }], UASC: [{ CHILD: '1' }, { CHILD: '2' }] },
    flags: [['UASC', 2]],
  },
});
