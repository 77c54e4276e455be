// SSDA903 2025-26 rule 453: the first episode keeps the placement distance of last year's episode still open at 31 March (the same home and placement postcodes).
import { defineRule903, type Flag903 } from '../../rule.ts';
import { episodesInOrder, normalPostcode, openAtEndOfLastYear } from '../../ruleSupport.ts';

export const rule453 = defineRule903({
  code: '453',
  message:
    'Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.',
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) => {
    const open = openAtEndOfLastYear(context);
    const flags: Flag903[] = [];
    for (const [child, [first]] of episodesInOrder(context)) {
      const lastYears = open.get(child);
      if (!first || !lastYears || first.RNE !== lastYears.RNE) continue;
      if (
        normalPostcode(first.HOME_POST) !== normalPostcode(lastYears.HOME_POST) ||
        normalPostcode(first.PL_POST) !== normalPostcode(lastYears.PL_POST)
      )
        flags.push({ table: 'Episodes', row: first });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S', HOME_POST: 'ab12cd', PL_POST: 'CD1 9ZZ' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S', HOME_POST: 'AB1 2CD', PL_POST: 'CD1 9ZZ' }] },
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S', HOME_POST: 'AB1 2CD', PL_POST: 'CD1 9ZY' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S', HOME_POST: 'AB1 2CD', PL_POST: 'CD1 9ZZ' }] },
    },
    flags: [['Episodes', 1]],
  },
});
