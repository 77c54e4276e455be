// SSDA903 2025-26 rule 550: provider PR0 (parent) goes only with a placement with parent(s) (P1).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule550 = defineRule903({
  code: '550',
  message: 'A placement provider code of PR0 can only be associated with placement P1.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => episode.PLACE_PROVIDER === 'PR0' && episode.PLACE !== 'P1'),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR0' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR0' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR0' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
