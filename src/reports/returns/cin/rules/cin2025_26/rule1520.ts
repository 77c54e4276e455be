// CIN census 2025-26 rule 1520: no two children in the census share a UPN.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule1520 = defineCinRule({
  code: '1520',
  message: 'More than one record with the same UPN. (ERROR)',
  check: (context) => {
    const children = new Map<string, number>();
    for (const child of context.tables.ChildIdentifiers)
      if (child.UPN !== '') children.set(child.UPN, (children.get(child.UPN) ?? 0) + 1);
    return cinRowsWhere(context, 'ChildIdentifiers', (child) => (children.get(child.UPN) ?? 0) > 1);
  },
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'A893123456789' },
        { LAchildID: 'A2', UPN: 'A893123456790' },
        { LAchildID: 'A3', UPN: '' },
        { LAchildID: 'A4', UPN: '' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'A893123456789' },
        { LAchildID: 'A2', UPN: 'A893123456789' },
        { LAchildID: 'A3', UPN: '' },
        { LAchildID: 'A4', UPN: '' },
      ],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 2],
    ],
  },
});
