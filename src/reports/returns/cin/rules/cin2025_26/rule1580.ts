// CIN census 2025-26 rule 1580: an LA child ID holds letters and digits only.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule1580 = defineCinRule({
  code: '1580',
  message: 'LA Child ID must not contain any non-alphanumeric characters (ERROR)',
  check: (context) => cinRowsWhere(context, 'ChildIdentifiers', (child) => /[^A-Za-z0-9]/.test(child.LAchildID)),
  examples: {
    passing: { ChildIdentifiers: [{ LAchildID: 'A1b2' }, { LAchildID: '' }] },
    failing: { ChildIdentifiers: [{ LAchildID: 'A1-b2' }, { LAchildID: '' }, { LAchildID: 'A 3' }] },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 3],
    ],
  },
});
