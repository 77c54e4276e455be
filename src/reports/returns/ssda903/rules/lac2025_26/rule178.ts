// SSDA903 2025-26 rule 178: the placement provider, when given, is a valid code, and is not given for
// the placements that have no provider (T0–T3, Z11–Z14).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { placementProviderCodes } from '../../validCodes.ts';

const withoutProvider = new Set(['T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14']);

export const rule178 = defineRule903({
  code: '178',
  message: 'Placement provider code is not a valid code.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) =>
        episode.PLACE_PROVIDER !== '' &&
        (!placementProviderCodes.has(episode.PLACE_PROVIDER) || withoutProvider.has(episode.PLACE)),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
        { CHILD: '2', PLACE: 'Z11', PLACE_PROVIDER: '' },
        { CHILD: '3', PLACE: 'T4', PLACE_PROVIDER: 'PR0' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: 'PR6' },
        { CHILD: '2', PLACE: 'Z11', PLACE_PROVIDER: 'PR1' },
        { CHILD: '3', PLACE: 'T4', PLACE_PROVIDER: 'PR0' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
