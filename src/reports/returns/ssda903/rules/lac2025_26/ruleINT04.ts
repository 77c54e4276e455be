// SSDA903 2025-26 rule INT04: every child in Missing is in the Header (data integrity across tables).
import { defineRule903 } from '../../rule.ts';
import { rowsOfChildrenNotInHeader } from '../../ruleSupport.ts';

export const ruleINT04 = defineRule903({
  code: 'INT04',
  message: 'Internal Check: Child in Missing does not exist in Header.',
  tables: ['Header', 'Missing'],
  check: (context) => rowsOfChildrenNotInHeader(context, 'Missing'),
  examples: {
    passing: { Header: [{ CHILD: '1' }], Missing: [{ CHILD: '1' }] },
    failing: { Header: [{ CHILD: '1' }], Missing: [{ CHILD: '1' }, { CHILD: '2' }] },
    flags: [['Missing', 2]],
  },
});
