// SSDA903 2025-26 rule 366: a single short break (LS V3) is one episode, so it starts a period of care (RNE S).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule366 = defineRule903({
  code: '366',
  message: 'A child cannot change placement during the course of an individual short-term respite break.',
  tables: ['Episodes'],
  check: (context) => rowsWhere(context, 'Episodes', (episode) => episode.LS === 'V3' && episode.RNE !== 'S'),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'V3', RNE: 'S' },
        { CHILD: '2', LS: 'V4', RNE: 'P' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'V3', RNE: 'P' },
        { CHILD: '2', LS: 'V4', RNE: 'P' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
