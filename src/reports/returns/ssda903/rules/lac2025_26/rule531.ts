// SSDA903 2025-26 rule 531: a placement with parent(s) (P1) cannot have provider PR5.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule531 = defineRule903({
  code: '531',
  message: 'A placement provider code of PR5 cannot be associated with placements P1.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => episode.PLACE === 'P1' && episode.PLACE_PROVIDER === 'PR5'),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR0' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR5' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR5' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR5' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
