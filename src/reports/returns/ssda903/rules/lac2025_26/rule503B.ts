// SSDA903 2025-26 rule 503B: the first episode carries on the legal status (LS) of last year's episode still open at 31 March.
import { defineRule903 } from '../../rule.ts';
import { firstEpisodesDifferingFromLastYear } from '../../ruleSupport.ts';

export const rule503B = defineRule903({
  code: '503B',
  message: 'The legal status in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) => firstEpisodesDifferingFromLastYear(context, 'LS'),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', LS: 'C1' },
        { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '01/05/2025', RNE: 'S', LS: 'C1' },
      ],
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', LS: 'C2' },
          { CHILD: '2', DECOM: '01/03/2024', DEC: '01/03/2025', REC: 'E13', RNE: 'S', LS: 'C2' },
        ],
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', LS: 'C2' },
        { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', LS: 'C1' },
        { CHILD: '2', DECOM: '01/05/2025', RNE: 'S', LS: 'C1' },
      ],
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/03/2025', RNE: 'S', LS: 'C2' },
          { CHILD: '2', DECOM: '01/03/2024', DEC: '01/03/2025', REC: 'E13', RNE: 'S', LS: 'C2' },
        ],
      },
    },
    flags: [['Episodes', 2]],
  },
});
