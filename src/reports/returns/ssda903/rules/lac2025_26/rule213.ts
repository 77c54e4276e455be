// SSDA903 2025-26 rule 213: temporary (T0–T4) and other (Z11–Z14) placements record no placement provider.
import { defineRule903, rowsWhere } from '../../rule.ts';

const noProvider = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14']);

export const rule213 = defineRule903({
  code: '213',
  message: 'Placement provider information not required.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => noProvider.has(episode.PLACE) && episode.PLACE_PROVIDER !== ''),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'Z12', PLACE_PROVIDER: '' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'Z12', PLACE_PROVIDER: 'PR1' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
