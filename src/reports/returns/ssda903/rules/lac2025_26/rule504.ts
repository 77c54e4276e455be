// SSDA903 2025-26 rule 504: the category of need stays as reported at the start of the period of care
// (an episode continuing the one before, which ended X1 the day it started, has its CIN).
import { defineRule903 } from '../../rule.ts';
import { episodesFailingAgainstPrevious, sameDate } from '../../ruleSupport.ts';

export const rule504 = defineRule903({
  code: '504',
  message: 'The category of need code differs from that reported at start of current period of being looked after',
  tables: ['Episodes'],
  check: (context) =>
    episodesFailingAgainstPrevious(
      context,
      (episode, previous) =>
        previous.REC === 'X1' && sameDate(context, previous.DEC, episode.DECOM) && episode.CIN !== previous.CIN,
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', CIN: 'N1' },
        { CHILD: '1', DECOM: '01/06/2025', DEC: '01/07/2025', REC: 'E13', CIN: 'N1' },
        { CHILD: '1', DECOM: '01/09/2025', CIN: 'N4' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', CIN: 'N1' },
        { CHILD: '1', DECOM: '01/06/2025', DEC: '01/07/2025', REC: 'E13', CIN: 'N2' },
        { CHILD: '1', DECOM: '01/09/2025', CIN: 'N4' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
