// CIN census 2025-26 rule 8750: an unborn child (expected date of birth, no date of birth) has sex U.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8750 = defineCinRule({
  code: '8750',
  message: 'Sex must equal U for an unborn child (ERROR)',
  check: (context) =>
    cinRowsWhere(
      context,
      'ChildIdentifiers',
      (child) => child.PersonBirthDate === '' && child.ExpectedPersonBirthDate !== '' && child.Sex !== 'U',
    ),
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', ExpectedPersonBirthDate: '2026-05-01', Sex: 'U' },
        { LAchildID: 'A2', PersonBirthDate: '2020-05-01', Sex: 'F' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', ExpectedPersonBirthDate: '2026-05-01', Sex: 'F' },
        { LAchildID: 'A2', PersonBirthDate: '2020-05-01', Sex: 'F' },
      ],
    },
    flags: [['ChildIdentifiers', 1]],
  },
});
