// SSDA903 2025-26 rule INT06: every child in OC3 is in the Header (data integrity across tables).
import { defineRule903 } from '../../rule.ts';
import { rowsOfChildrenNotInHeader } from '../../ruleSupport.ts';

export const ruleINT06 = defineRule903({
  code: 'INT06',
  message: 'Internal Check: Child in OC3 does not exist in Header.',
  tables: ['Header', 'OC3'],
  check: (context) => rowsOfChildrenNotInHeader(context, 'OC3'),
  examples: {
    passing: { Header: [{ CHILD: '1' }, { CHILD: '2' }], OC3: [{ CHILD: '1' }, { CHILD: '2' }] },
    failing: { Header: [{ CHILD: '1' }], OC3: [{ CHILD: '1' }, { CHILD: '2' }] },
    flags: [['OC3', 2]],
  },
});
