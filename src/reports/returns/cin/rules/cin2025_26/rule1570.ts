// CIN census 2025-26 rule 1570: an LA child ID is at most 20 characters long.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule1570 = defineCinRule({
  code: '1570',
  message: 'LA Child ID must not be longer than 20 characters (ERROR)',
  check: (context) => cinRowsWhere(context, 'ChildIdentifiers', (child) => child.LAchildID.length > 20),
  examples: {
    passing: { ChildIdentifiers: [{ LAchildID: 'A'.repeat(20) }, { LAchildID: 'A2' }] },
    failing: { ChildIdentifiers: [{ LAchildID: 'A'.repeat(21) }, { LAchildID: 'A2' }] },
    flags: [['ChildIdentifiers', 1]],
  },
});
