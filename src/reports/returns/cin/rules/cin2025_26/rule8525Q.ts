// CIN census 2025-26 rule 8525Q: a child has a date of birth or an expected date of birth, not both.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8525Q = defineCinRule({
  code: '8525Q',
  message: 'Either Date of Birth or Expected Date of Birth must be provided (but not both) (QUERY)',
  check: (context) =>
    cinRowsWhere(
      context,
      'ChildIdentifiers',
      (child) => (child.PersonBirthDate === '') === (child.ExpectedPersonBirthDate === ''),
    ),
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2015-02-01' },
        { LAchildID: 'A2', ExpectedPersonBirthDate: '2026-05-01' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2015-02-01', ExpectedPersonBirthDate: '2015-02-10' },
        { LAchildID: 'A2' },
      ],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 2],
    ],
  },
});
