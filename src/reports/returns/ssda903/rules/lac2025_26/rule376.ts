// SSDA903 2025-26 rule 376: a temporary placement for the usual foster carer's holiday (PLACE T3) lasts
// no more than 21 days.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule376 = defineRule903({
  code: '376',
  message: 'Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      if (episode.PLACE !== 'T3') return false;
      const began = context.day(episode.DECOM);
      const ceased = context.day(episode.DEC);
      return began !== null && ceased !== null && ceased - began > 21;
    }),
  examples: {
    passing: { Episodes: [{ CHILD: '1', PLACE: 'T3', DECOM: '15/02/2024', DEC: '07/03/2024' }] },
    failing: { Episodes: [{ CHILD: '1', PLACE: 'T3', DECOM: '15/02/2024', DEC: '08/03/2024' }] },
    flags: [['Episodes', 1]],
  },
});
