// SSDA903 2025-26 rule 384: a short break (LS V3, V4) is not a long-term foster placement (PLACE U1, U4).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

const longTermFostering = new Set(['U1', 'U4']);

export const rule384 = defineRule903({
  code: '384',
  message: 'A child receiving respite care cannot be in a long-term foster placement ',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => shortBreakLegalStatusCodes.has(episode.LS) && longTermFostering.has(episode.PLACE),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'V3', PLACE: 'U2' },
        { CHILD: '2', LS: 'C2', PLACE: 'U4' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'V3', PLACE: 'U4' },
        { CHILD: '2', LS: 'C2', PLACE: 'U4' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
