// CIN census 2025-26 rule 8530Q: an expected date of birth falls from March to December of the year's end.
import { dayFromParts } from '../../../returnDates.ts';
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8530Q = defineCinRule({
  code: '8530Q',
  message:
    'Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end) (QUERY)',
  check: (context) => {
    // The reference date less 30 days to the reference date plus 9 months: 1 March to 31 December.
    const earliest = context.year.end - 30;
    const latest = dayFromParts(context.year.firstYear + 1, 12, 31) as number;
    return cinRowsWhere(context, 'ChildIdentifiers', (child) => {
      const expected = context.day(child.ExpectedPersonBirthDate);
      return expected !== null && (expected < earliest || expected > latest);
    });
  },
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', ExpectedPersonBirthDate: '2026-03-01' },
        { LAchildID: 'A2', ExpectedPersonBirthDate: '2026-12-31' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', ExpectedPersonBirthDate: '2026-02-28' },
        { LAchildID: 'A2', ExpectedPersonBirthDate: '2027-01-01' },
      ],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 2],
    ],
  },
});
