// SSDA903 2025-26 rule INT08: every child in Reviews is in the Header (data integrity across tables).
import { defineRule903 } from '../../rule.ts';
import { rowsOfChildrenNotInHeader } from '../../ruleSupport.ts';

export const ruleINT08 = defineRule903({
  code: 'INT08',
  message: 'Internal Check: Child in Reviews does not exist in Header.',
  tables: ['Header', 'Reviews'],
  check: (context) => rowsOfChildrenNotInHeader(context, 'Reviews'),
  examples: {
    passing: { Header: [{ CHILD: '1' }], Reviews: [{ CHILD: '1' }, { CHILD: '1' }] },
    failing: { Header: [{ CHILD: '1' }], Reviews: [{ CHILD: '1' }, { CHILD: '2' }] },
    flags: [['Reviews', 2]],
  },
});
