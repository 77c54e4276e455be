// SSDA903 2025-26 rule 380: an episode in a temporary placement (T0–T4) starts with a change of placement
// (RNE P or B), not at the start of a period of care.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { temporaryPlacementCodes } from '../../validCodes.ts';

const placementChanged = new Set(['P', 'B']);

export const rule380 = defineRule903({
  code: '380',
  message: 'A period of care cannot start with a temporary placement.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => temporaryPlacementCodes.has(episode.PLACE) && !placementChanged.has(episode.RNE),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'T3', RNE: 'P' },
        { CHILD: '2', PLACE: 'U1', RNE: 'S' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'T3', RNE: 'S' },
        { CHILD: '2', PLACE: 'U1', RNE: 'S' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
