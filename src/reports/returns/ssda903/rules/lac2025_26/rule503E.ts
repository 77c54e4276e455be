// SSDA903 2025-26 rule 503E: the first episode carries on the placement provider (PLACE_PROVIDER) of last year's episode still open at 31 March.
import { defineRule903 } from '../../rule.ts';
import { firstEpisodesDifferingFromLastYear } from '../../ruleSupport.ts';

export const rule503E = defineRule903({
  code: '503E',
  message: 'The placement provider in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) => firstEpisodesDifferingFromLastYear(context, 'PLACE_PROVIDER'),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', PLACE_PROVIDER: 'PR3' },
        { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PLACE_PROVIDER: 'PR1' },
        { CHILD: '2', DECOM: '01/05/2025', RNE: 'S', PLACE_PROVIDER: 'PR3' },
      ],
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PLACE_PROVIDER: 'PR1' },
          { CHILD: '2', DECOM: '01/03/2024', DEC: '01/03/2025', REC: 'E13', RNE: 'S', PLACE_PROVIDER: 'PR1' },
        ],
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', PLACE_PROVIDER: 'PR1' },
        { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PLACE_PROVIDER: 'PR3' },
        { CHILD: '2', DECOM: '01/05/2025', RNE: 'S', PLACE_PROVIDER: 'PR3' },
      ],
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', PLACE_PROVIDER: 'PR1' },
          { CHILD: '2', DECOM: '01/03/2024', DEC: '01/03/2025', REC: 'E13', RNE: 'S', PLACE_PROVIDER: 'PR1' },
        ],
      },
    },
    flags: [['Episodes', 2]],
  },
});
