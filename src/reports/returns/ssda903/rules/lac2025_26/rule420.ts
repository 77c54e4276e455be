// SSDA903 2025-26 rule 420: no placement local authority for a short break (LS V3, V4); the DfE derives it
// from the placement postcode, so a placement postcode for a short break is what is flagged.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

export const rule420 = defineRule903({
  code: '420',
  message: 'LA of placement completed but child is looked after under legal status V3 or V4.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => shortBreakLegalStatusCodes.has(episode.LS) && episode.PL_POST !== ''),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'V3' },
        { CHILD: '2', LS: 'C1', PL_POST: 'AB1 2CD' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'V3', PL_POST: 'AB1 2CD' },
        { CHILD: '2', LS: 'C1', PL_POST: 'AB1 2CD' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
