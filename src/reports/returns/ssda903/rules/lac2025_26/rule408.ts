// SSDA903 2025-26 rule 408: a child placed for adoption with a placement order (A5, A6) has legal status E1.
import { defineRule903, rowsWhere } from '../../rule.ts';

const placedUnderPlacementOrder = new Set(['A5', 'A6']);

export const rule408 = defineRule903({
  code: '408',
  message: 'Child is placed for adoption with a placement order, but no placement order has been recorded.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => placedUnderPlacementOrder.has(episode.PLACE) && episode.LS !== 'E1'),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'A5', LS: 'E1' },
        { CHILD: '2', PLACE: 'A3', LS: 'C2' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'A6', LS: 'C2' },
        { CHILD: '2', PLACE: 'A3', LS: 'C2' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
