// SSDA903 2025-26 rule 431: an episode starting a new period of care (RNE S) does not start on or before the day the previous episode ended.
import { defineRule903, type Flag903 } from '../../rule.ts';
import { consecutiveEpisodes } from '../../ruleSupport.ts';

export const rule431 = defineRule903({
  code: '431',
  message: 'The reason for new episode is started to be looked after, but the previous episode ended on the same day.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const [previous, episode] of consecutiveEpisodes(context)) {
      const started = context.day(episode.DECOM);
      const previousEnded = context.day(previous.DEC);
      if (episode.RNE === 'S' && started !== null && previousEnded !== null && started <= previousEnded)
        flags.push({ table: 'Episodes', row: episode });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'E13', RNE: 'S' },
        { CHILD: '1', DECOM: '02/06/2025', RNE: 'S' },
        { CHILD: '2', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', RNE: 'S' },
        { CHILD: '2', DECOM: '01/06/2025', RNE: 'P' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'E13', RNE: 'S' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'S' },
        { CHILD: '2', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', RNE: 'S' },
        { CHILD: '2', DECOM: '01/06/2025', RNE: 'P' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
