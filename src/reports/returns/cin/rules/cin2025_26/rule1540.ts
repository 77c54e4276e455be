// CIN census 2025-26 rule 1540: characters 5 to 12 of a UPN are digits.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule1540 = defineCinRule({
  code: '1540',
  message: 'UPN invalid (characters 5-12 not all numeric) (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildIdentifiers', (child) => child.UPN !== '' && !/^\d{8}$/.test(child.UPN.slice(4, 12))),
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'H801200001001' },
        { LAchildID: 'A2', UPN: '' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'H8012000O1001' },
        { LAchildID: 'A2', UPN: '' },
      ],
    },
    flags: [['ChildIdentifiers', 1]],
  },
});
