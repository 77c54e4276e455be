// SSDA903 2025-26 rule 355: an episode that ends on the day it started appears to have lasted under 24 hours.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule355 = defineRule903({
  code: '355',
  message: 'Episode appears to have lasted for less than 24 hours',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      return started !== null && started === context.day(episode.DEC);
    }),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '28/02/2025', DEC: '01/03/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/03/2025', DEC: '', REC: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', DEC: '01/03/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/03/2025', DEC: '', REC: '' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
