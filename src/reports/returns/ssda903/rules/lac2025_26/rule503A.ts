// SSDA903 2025-26 rule 503A: the first episode's reason for new episode is that of the episode open at the end of last year.
import { defineRule903 } from '../../rule.ts';
import { firstEpisodesDifferingFromLastYear } from '../../ruleSupport.ts';

export const rule503A = defineRule903({
  code: '503A',
  message: 'The reason for new episode in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) => firstEpisodesDifferingFromLastYear(context, 'RNE'),
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/03/2025', RNE: 'S' }] },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', RNE: 'P' },
        { CHILD: '2', DECOM: '01/05/2025', RNE: 'S' },
      ],
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/03/2025', RNE: 'S' },
          { CHILD: '2', DECOM: '01/02/2025', RNE: 'B', DEC: '31/03/2025' },
        ],
      },
    },
    flags: [['Episodes', 1]],
  },
});
