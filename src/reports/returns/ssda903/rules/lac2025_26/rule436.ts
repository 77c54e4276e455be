// SSDA903 2025-26 rule 436: an episode whose reason is a change of both placement and legal status (RNE U, B)
// has a different legal status and a different placement (type, postcode, URN or provider) from the last.
import { defineRule903 } from '../../rule.ts';
import { episodesFailingAgainstPrevious } from '../../ruleSupport.ts';

const bothChanged = new Set(['U', 'B']);
const placementItems = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'] as const;

export const rule436 = defineRule903({
  code: '436',
  message:
    'Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.',
  tables: ['Episodes'],
  check: (context) =>
    episodesFailingAgainstPrevious(
      context,
      (episode, previous) =>
        bothChanged.has(episode.RNE) &&
        (episode.LS === previous.LS || placementItems.every((item) => episode[item] === previous[item])),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2', PLACE: 'U1', PL_POST: 'AB1 2CD', PLACE_PROVIDER: 'PR1' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'B', LS: 'C1', PLACE: 'U1', PL_POST: 'AB3 4EF', PLACE_PROVIDER: 'PR1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2', PLACE: 'U1', PL_POST: 'AB1 2CD', PLACE_PROVIDER: 'PR1' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'B', LS: 'C1', PLACE: 'U1', PL_POST: 'AB1 2CD', PLACE_PROVIDER: 'PR1' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
