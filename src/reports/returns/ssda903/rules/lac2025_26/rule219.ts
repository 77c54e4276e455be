// SSDA903 2025-26 rule 219: an episode's Ofsted URN is registered for the episode's placement type (from the
// Ofsted providers list; a URN not on it does not match).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { givenUrn } from '../../ruleSupport.ts';

export const rule219 = defineRule903({
  code: '219',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.",
  tables: ['Episodes'],
  needs: ['ofstedProviders'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      if (!givenUrn(episode.URN)) return false;
      const provider = context.lookups.ofstedProviders?.get(episode.URN);
      return !provider?.placementCodes.includes(episode.PLACE);
    }),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', URN: 'SC123456' },
        { CHILD: '2', PLACE: 'U1', URN: 'XXXXXXX' },
      ],
      lookups: {
        ofstedProviders: new Map([['SC123456', { urn: 'SC123456', placementCodes: ['K2'], providerCodes: ['PR4'] }]]),
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'R2', URN: 'SC123456' },
        { CHILD: '2', PLACE: 'U1', URN: 'XXXXXXX' },
        { CHILD: '3', PLACE: 'K2', URN: 'SC654321' },
      ],
      lookups: {
        ofstedProviders: new Map([['SC123456', { urn: 'SC123456', placementCodes: ['K2'], providerCodes: ['PR4'] }]]),
      },
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 3],
    ],
  },
});
