// SSDA903 2025-26 rule 224: the placement provider agrees with the provider type Ofsted records for the placement's URN.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule224 = defineRule903({
  code: '224',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
  tables: ['Episodes'],
  needs: ['ofstedProviders'],
  check: (context) => {
    const providers = context.lookups.ofstedProviders;
    return rowsWhere(context, 'Episodes', (episode) => {
      const registered = providers?.get(episode.URN);
      return registered !== undefined && !registered.providerCodes.includes(episode.PLACE_PROVIDER);
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR4', URN: 'SC123456' }],
      lookups: {
        ofstedProviders: new Map([['SC123456', { urn: 'SC123456', placementCodes: ['K2'], providerCodes: ['PR4'] }]]),
      },
    },
    failing: {
      Episodes: [{ CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR1', URN: 'SC123456' }],
      lookups: {
        ofstedProviders: new Map([['SC123456', { urn: 'SC123456', placementCodes: ['K2'], providerCodes: ['PR4'] }]]),
      },
    },
    flags: [['Episodes', 1]],
  },
});
