// SSDA903 2025-26 rule 433: an episode whose reason for new episode says it continues the period of care
// (RNE P, L, T, U, B) starts the day the child's previous episode ended.
import { defineRule903 } from '../../rule.ts';
import { episodesFailingAgainstPrevious } from '../../ruleSupport.ts';

const continuing = new Set(['P', 'L', 'T', 'U', 'B']);

export const rule433 = defineRule903({
  code: '433',
  message:
    'The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.',
  tables: ['Episodes'],
  check: (context) =>
    episodesFailingAgainstPrevious(context, (episode, previous) => {
      if (!continuing.has(episode.RNE)) return false;
      const ended = context.day(previous.DEC);
      return ended === null || ended !== context.day(episode.DECOM);
    }),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '29/02/2028', RNE: 'S' },
        { CHILD: '1', DECOM: '29/02/2028', RNE: 'P' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '28/02/2028', RNE: 'S' },
        { CHILD: '1', DECOM: '29/02/2028', RNE: 'P' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
