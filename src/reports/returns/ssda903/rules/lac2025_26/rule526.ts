// SSDA903 2025-26 rule 526: every placement other than temporary (T0–T4) and other arrangements (Z11–Z14)
// has a placement provider.
import { defineRule903, rowsWhere } from '../../rule.ts';

const withoutProvider = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14']);

export const rule526 = defineRule903({
  code: '526',
  message: 'Child is missing a placement provider code for at least one episode.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => episode.PLACE_PROVIDER === '' && !withoutProvider.has(episode.PLACE)),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
        { CHILD: '2', PLACE: 'Z12', PLACE_PROVIDER: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: '' },
        { CHILD: '2', PLACE: 'Z12', PLACE_PROVIDER: '' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
