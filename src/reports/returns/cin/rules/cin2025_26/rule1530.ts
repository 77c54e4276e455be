// CIN census 2025-26 rule 1530: a UPN's characters 2-4 are a recognised LA (or pseudo-LA) code.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { upnLaCodes } from '../../validCodes.ts';

export const rule1530 = defineCinRule({
  code: '1530',
  message: 'UPN invalid (characters 2-4 not a recognised LA code) (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildIdentifiers', (child) => child.UPN !== '' && !upnLaCodes.has(child.UPN.slice(1, 4))),
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'A893123456789' },
        { LAchildID: 'A2', UPN: 'A943123456789' },
        { LAchildID: 'A3', UPN: '' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'A804123456789' },
        { LAchildID: 'A2', UPN: 'A943123456789' },
        { LAchildID: 'A3', UPN: 'A999123456789' },
      ],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 3],
    ],
  },
});
