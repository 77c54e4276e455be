// SSDA903 2025-26 rule 381: an episode in a temporary placement (T0–T4) does not end the period of care
// (its reason ceased, when given, is X1).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { temporaryPlacementCodes } from '../../validCodes.ts';

export const rule381 = defineRule903({
  code: '381',
  message: 'A period of care cannot end with a temporary placement.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => temporaryPlacementCodes.has(episode.PLACE) && episode.REC !== '' && episode.REC !== 'X1',
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'T1', REC: 'X1' },
        { CHILD: '2', PLACE: 'U1', REC: 'E13' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'T1', REC: 'E13' },
        { CHILD: '2', PLACE: 'U1', REC: 'E13' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
