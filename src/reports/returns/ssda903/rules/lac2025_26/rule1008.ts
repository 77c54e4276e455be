// SSDA903 2025-26 rule 1008: a placement's Ofsted URN, when given (XXXXXXX aside), is one Ofsted lists.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule1008 = defineRule903({
  code: '1008',
  message: 'Ofsted Unique Reference Number (URN) is not valid.',
  tables: ['Episodes'],
  needs: ['ofstedProviders'],
  check: (context) => {
    const providers = context.lookups.ofstedProviders;
    return rowsWhere(
      context,
      'Episodes',
      (episode) => episode.URN !== '' && episode.URN !== 'XXXXXXX' && !providers?.has(episode.URN),
    );
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', URN: 'SC123456' },
        { CHILD: '2', PLACE: 'U4', URN: 'XXXXXXX' },
      ],
      lookups: {
        ofstedProviders: new Map([['SC123456', { urn: 'SC123456', placementCodes: ['K2'], providerCodes: ['PR4'] }]]),
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', URN: 'SC123457' },
        { CHILD: '2', PLACE: 'U4', URN: 'XXXXXXX' },
      ],
      lookups: {
        ofstedProviders: new Map([['SC123456', { urn: 'SC123456', placementCodes: ['K2'], providerCodes: ['PR4'] }]]),
      },
    },
    flags: [['Episodes', 1]],
  },
});
