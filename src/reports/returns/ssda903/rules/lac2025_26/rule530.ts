// SSDA903 2025-26 rule 530: a placement with a parent (P1) has no private provider (PR4).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule530 = defineRule903({
  code: '530',
  message: 'A placement provider code of PR4 cannot be associated with placement P1.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => episode.PLACE === 'P1' && episode.PLACE_PROVIDER === 'PR4'),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR1' },
        { CHILD: '2', PLACE: 'K2', PLACE_PROVIDER: 'PR4' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR4' },
        { CHILD: '2', PLACE: 'K2', PLACE_PROVIDER: 'PR4' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
