// SSDA903 2025-26 rule 378: a child placed with parent(s) (P1) cannot be under a single period of accommodation (V2).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule378 = defineRule903({
  code: '378',
  message:
    'A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.',
  tables: ['Episodes'],
  check: (context) => rowsWhere(context, 'Episodes', (episode) => episode.PLACE === 'P1' && episode.LS === 'V2'),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', LS: 'C2' },
        { CHILD: '2', PLACE: 'U1', LS: 'V2' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', LS: 'V2' },
        { CHILD: '2', PLACE: 'U1', LS: 'V2' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
