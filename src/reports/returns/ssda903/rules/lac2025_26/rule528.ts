// SSDA903 2025-26 rule 528: a placement with parents (P1) or in the community (R2, R5) is not provided by another local authority (PR2).
import { defineRule903, rowsWhere } from '../../rule.ts';

const notByAnotherAuthority = new Set(['P1', 'R2', 'R5']);

export const rule528 = defineRule903({
  code: '528',
  message: 'A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => episode.PLACE_PROVIDER === 'PR2' && notByAnotherAuthority.has(episode.PLACE),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'R2', PLACE_PROVIDER: 'PR1' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR2' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'R2', PLACE_PROVIDER: 'PR2' },
        { CHILD: '2', PLACE: 'U1', PLACE_PROVIDER: 'PR2' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
