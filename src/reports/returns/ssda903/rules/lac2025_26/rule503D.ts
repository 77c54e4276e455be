// SSDA903 2025-26 rule 503D: the first episode carries on the placement type (PLACE) of last year's episode still open at 31 March.
import { defineRule903 } from '../../rule.ts';
import { firstEpisodesDifferingFromLastYear } from '../../ruleSupport.ts';

/** Z1 (other placements) was split into Z11–Z14 for 2025-26: last year's Z1 carries on as any of them. */
const splitFromZ1 = new Set(['Z11', 'Z12', 'Z13', 'Z14']);

export const rule503D = defineRule903({
  code: '503D',
  message: 'The placement type in the first episode does not match open episode at end of last year',
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) =>
    firstEpisodesDifferingFromLastYear(
      context,
      'PLACE',
      (lastYear, thisYear) => lastYear === thisYear || (lastYear === 'Z1' && splitFromZ1.has(thisYear)),
    ),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', PLACE: 'K2' },
        { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PLACE: 'Z13' },
        { CHILD: '2', DECOM: '01/05/2025', RNE: 'S', PLACE: 'K2' },
      ],
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PLACE: 'Z1' },
          { CHILD: '2', DECOM: '01/03/2024', DEC: '01/03/2025', REC: 'E13', RNE: 'S', PLACE: 'Z1' },
        ],
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', PLACE: 'Z1' },
        { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PLACE: 'K2' },
        { CHILD: '2', DECOM: '01/05/2025', RNE: 'S', PLACE: 'K2' },
      ],
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PLACE: 'Z1' },
          { CHILD: '2', DECOM: '01/03/2024', DEC: '01/03/2025', REC: 'E13', RNE: 'S', PLACE: 'Z1' },
        ],
      },
    },
    flags: [['Episodes', 2]],
  },
});
