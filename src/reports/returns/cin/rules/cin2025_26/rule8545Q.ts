// CIN census 2025-26 rule 8545Q: a child's date of death, when given, falls within the census year.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { isInCensusYear } from '../../ruleSupport.ts';

export const rule8545Q = defineCinRule({
  code: '8545Q',
  message:
    "Please check and either amend data or provide a reason: Child's date of death should be within the census year (QUERY)",
  check: (context) =>
    cinRowsWhere(context, 'ChildIdentifiers', (child) => {
      const death = context.day(child.PersonDeathDate);
      return death !== null && !isInCensusYear(context, death);
    }),
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonDeathDate: '2025-04-01' },
        { LAchildID: 'A2', PersonDeathDate: '2026-03-31' },
        { LAchildID: 'A3', PersonDeathDate: '' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonDeathDate: '2025-03-31' },
        { LAchildID: 'A2', PersonDeathDate: '2026-04-01' },
        { LAchildID: 'A3', PersonDeathDate: '' },
      ],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 2],
    ],
  },
});
