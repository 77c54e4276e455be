// SSDA903 2025-26 rule INT05: every child in OC2 is in the Header (data integrity across tables).
import { defineRule903 } from '../../rule.ts';
import { rowsOfChildrenNotInHeader } from '../../ruleSupport.ts';

export const ruleINT05 = defineRule903({
  code: 'INT05',
  message: 'Internal Check: Child in OC2 does not exist in Header.',
  tables: ['Header', 'OC2'],
  check: (context) => rowsOfChildrenNotInHeader(context, 'OC2'),
  examples: {
    passing: { Header: [{ CHILD: '1' }, { CHILD: '2' }], OC2: [{ CHILD: '1' }, { CHILD: '2' }] },
    failing: { Header: [{ CHILD: '1' }], OC2: [{ CHILD: '1' }, { CHILD: '2' }] },
    flags: [['OC2', 2]],
  },
});
