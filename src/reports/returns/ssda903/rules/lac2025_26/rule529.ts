// SSDA903 2025-26 rule 529: placements with parents, for adoption, in children's homes or foster care (P1, A3–A6, K1, K2, U1–U6) are not provided by other public organisations (PR3).
import { defineRule903, rowsWhere } from '../../rule.ts';

const notByOtherPublicBodies = new Set(['P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

export const rule529 = defineRule903({
  code: '529',
  message:
    'Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => episode.PLACE_PROVIDER === 'PR3' && notByOtherPublicBodies.has(episode.PLACE),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR4' },
        { CHILD: '2', PLACE: 'R1', PLACE_PROVIDER: 'PR3' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR3' },
        { CHILD: '2', PLACE: 'R1', PLACE_PROVIDER: 'PR3' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
