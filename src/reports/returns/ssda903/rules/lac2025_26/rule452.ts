// SSDA903 2025-26 rule 452: the first episode carries on the placement local authority of last year's episode still open at 31 March.
import { defineRule903, type Flag903 } from '../../rule.ts';
import { authorityOfPostcode, episodesInOrder, openAtEndOfLastYear } from '../../ruleSupport.ts';

export const rule452 = defineRule903({
  code: '452',
  message:
    'Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.',
  tables: ['Episodes'],
  needs: ['previous', 'postcodeAuthorities'],
  check: (context) => {
    const open = openAtEndOfLastYear(context);
    const flags: Flag903[] = [];
    for (const [child, [first]] of episodesInOrder(context)) {
      const lastYears = open.get(child);
      if (!first || !lastYears) continue;
      const authority = authorityOfPostcode(context, first.PL_POST);
      const before = authorityOfPostcode(context, lastYears.PL_POST);
      if (authority !== null && before !== null && authority !== before) flags.push({ table: 'Episodes', row: first });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PL_POST: 'AB1 9ZZ' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PL_POST: 'AB1 2CD' }] },
      lookups: {
        postcodeAuthorities: new Map([
          ['AB1', 'E09000001'],
          ['CD1', 'E09000002'],
        ]),
      },
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PL_POST: 'CD1 9ZZ' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PL_POST: 'AB1 2CD' }] },
      lookups: {
        postcodeAuthorities: new Map([
          ['AB1', 'E09000001'],
          ['CD1', 'E09000002'],
        ]),
      },
    },
    flags: [['Episodes', 1]],
  },
});
