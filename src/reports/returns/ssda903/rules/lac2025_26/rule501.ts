// SSDA903 2025-26 rule 501: an episode does not start before the child's previous episode ended.
import { defineRule903, type Flag903 } from '../../rule.ts';
import { consecutiveEpisodes } from '../../ruleSupport.ts';

export const rule501 = defineRule903({
  code: '501',
  message: 'A new episode has started before the end date of the previous episode.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const [previous, episode] of consecutiveEpisodes(context)) {
      const started = context.day(episode.DECOM);
      const previousEnded = context.day(previous.DEC);
      if (started !== null && previousEnded !== null && started < previousEnded)
        flags.push({ table: 'Episodes', row: episode });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '31/05/2025' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
