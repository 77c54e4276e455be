// SSDA903 2025-26 rule 233: an episode that has not ceased has no reason for placement change.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule233 = defineRule903({
  code: '233',
  message: 'Reason for placement change is not required when the episode has not ceased.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => episode.DEC === '' && episode.REASON_PLACE_CHANGE !== ''),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '1', DECOM: '01/06/2025' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '1', DECOM: '01/06/2025', REASON_PLACE_CHANGE: 'CARPL' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
