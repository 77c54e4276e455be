// SSDA903 2025-26 rule 356: an episode does not end before it started.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule356 = defineRule903({
  code: '356',
  message: 'The date the episode ceased is before the date the same episode started.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const ended = context.day(episode.DEC);
      const started = context.day(episode.DECOM);
      return ended !== null && started !== null && ended < started;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '29/02/2024', DEC: '29/02/2024', REC: 'X1' },
        { CHILD: '1', DECOM: '29/02/2024' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '29/02/2024', DEC: '28/02/2024', REC: 'X1' },
        { CHILD: '1', DECOM: '29/02/2024' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
