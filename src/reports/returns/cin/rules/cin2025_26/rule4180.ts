// CIN census 2025-26 rule 4180: each child's sex is given as M, F or U.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinSexCodes } from '../../validCodes.ts';

export const rule4180 = defineCinRule({
  code: '4180',
  message: 'Sex must be provided and equal M, F, or U (ERROR)',
  check: (context) => cinRowsWhere(context, 'ChildIdentifiers', (child) => !cinSexCodes.has(child.Sex)),
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', Sex: 'M' },
        { LAchildID: 'A2', Sex: 'U' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', Sex: '' },
        { LAchildID: 'A2', Sex: 'U' },
        { LAchildID: 'A3', Sex: '1' },
      ],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 3],
    ],
  },
});
