// SSDA903 2025-26 rule 382: a child on short breaks (legal status V3, V4) is not in a temporary placement (T0–T4).
import { defineRule903, rowsWhere } from '../../rule.ts';

const temporaryPlacements = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

export const rule382 = defineRule903({
  code: '382',
  message: 'A child receiving respite care cannot be in a temporary placement.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => (episode.LS === 'V3' || episode.LS === 'V4') && temporaryPlacements.has(episode.PLACE),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'V3', PLACE: 'U1' },
        { CHILD: '2', LS: 'C2', PLACE: 'T3' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'V3', PLACE: 'T3' },
        { CHILD: '2', LS: 'C2', PLACE: 'T3' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
