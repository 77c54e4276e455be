// SSDA903 2025-26 rule 527: a placement with parents (P1) or in the community (R2, R5) is not the council's own provision (PR1).
import { defineRule903, rowsWhere } from '../../rule.ts';

const notOwnProvision = new Set(['P1', 'R2', 'R5']);

export const rule527 = defineRule903({
  code: '527',
  message: 'A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => episode.PLACE_PROVIDER === 'PR1' && notOwnProvision.has(episode.PLACE)),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: '' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR1' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
