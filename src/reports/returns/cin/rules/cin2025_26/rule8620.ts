// CIN census 2025-26 rule 8620: an episode's closure date, when given, falls within the census year.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { isInCensusYear } from '../../ruleSupport.ts';

export const rule8620 = defineCinRule({
  code: '8620',
  message: 'CIN Closure Date present and does not fall within the Census year (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINdetails', (episode) => {
      const closure = context.day(episode.CINclosureDate);
      return closure !== null && !isInCensusYear(context, closure);
    }),
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINclosureDate: '2025-04-01' },
        { LAchildID: 'A2', CINclosureDate: '2026-03-31' },
        { LAchildID: 'A3', CINclosureDate: '' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINclosureDate: '2025-03-31' },
        { LAchildID: 'A2', CINclosureDate: '2026-04-01' },
        { LAchildID: 'A3', CINclosureDate: '' },
      ],
    },
    flags: [
      ['CINdetails', 1],
      ['CINdetails', 2],
    ],
  },
});
