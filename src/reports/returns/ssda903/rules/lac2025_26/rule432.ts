// SSDA903 2025-26 rule 432: the episode after one that ended the period of care (any reason but X1)
// starts a new period (RNE S).
import { defineRule903 } from '../../rule.ts';
import { episodesFailingAgainstPrevious } from '../../ruleSupport.ts';
import { reasonEpisodeCeasedCodes } from '../../validCodes.ts';

export const rule432 = defineRule903({
  code: '432',
  message:
    'The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.',
  tables: ['Episodes'],
  check: (context) =>
    episodesFailingAgainstPrevious(
      context,
      (episode, previous) => previous.REC !== 'X1' && reasonEpisodeCeasedCodes.has(previous.REC) && episode.RNE !== 'S',
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'E4A', RNE: 'S' },
        { CHILD: '1', DECOM: '01/09/2025', RNE: 'S' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'E4A', RNE: 'S' },
        { CHILD: '1', DECOM: '01/09/2025', RNE: 'P' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
