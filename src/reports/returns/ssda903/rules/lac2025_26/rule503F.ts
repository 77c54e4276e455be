// SSDA903 2025-26 rule 503F: the first episode's Ofsted URN is that of the episode open at the end of last year.
import { defineRule903 } from '../../rule.ts';
import { firstEpisodesDifferingFromLastYear } from '../../ruleSupport.ts';

export const rule503F = defineRule903({
  code: '503F',
  message: 'The Ofsted URN in the  first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) => firstEpisodesDifferingFromLastYear(context, 'URN'),
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '10/01/2025', URN: 'SC123456' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '10/01/2025', URN: 'SC123456' }] },
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '10/01/2025', URN: 'SC654321' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '10/01/2025', URN: 'SC123456' }] },
    },
    flags: [['Episodes', 1]],
  },
});
