// SSDA903 2025-26 rule 503C: the first episode's category of need is that of the episode open at the end of last year.
import { defineRule903 } from '../../rule.ts';
import { firstEpisodesDifferingFromLastYear } from '../../ruleSupport.ts';

export const rule503C = defineRule903({
  code: '503C',
  message: 'The category of need in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) => firstEpisodesDifferingFromLastYear(context, 'CIN'),
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '31/03/2025', CIN: 'N1' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '31/03/2025', CIN: 'N1' }] },
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '31/03/2025', CIN: 'N2' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '31/03/2025', CIN: 'N1' }] },
    },
    flags: [['Episodes', 1]],
  },
});
