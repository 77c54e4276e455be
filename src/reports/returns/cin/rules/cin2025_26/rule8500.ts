// CIN census 2025-26 rule 8500: each child's identifiers give the LA child ID.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8500 = defineCinRule({
  code: '8500',
  message: 'LA Child ID missing (ERROR)',
  check: (context) => cinRowsWhere(context, 'ChildIdentifiers', (child) => child.LAchildID === ''),
  examples: {
    passing: { ChildIdentifiers: [{ LAchildID: 'A1' }, { LAchildID: 'A2' }] },
    failing: { ChildIdentifiers: [{ LAchildID: 'A1' }, { LAchildID: '' }] },
    flags: [['ChildIdentifiers', 2]],
  },
});
