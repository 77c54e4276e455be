// CIN census 2025-26 rule 8510: each child's LA child ID is used by one child record only.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8510 = defineCinRule({
  code: '8510',
  message: 'More than one child record with the same LA Child ID (ERROR)',
  check: (context) => {
    const records = context.byChild('ChildIdentifiers');
    return cinRowsWhere(context, 'ChildIdentifiers', (child) => (records.get(child.LAchildID)?.length ?? 0) > 1);
  },
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2015-02-01' },
        { LAchildID: 'A2', PersonBirthDate: '2016-03-01' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2015-02-01' },
        { LAchildID: 'A1', PersonBirthDate: '2016-03-01' },
      ],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 2],
    ],
  },
});
