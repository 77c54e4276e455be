// SSDA903 2025-26 rule 221: for a children's home, secure unit or residential placement (PLACE K1, K2, K3, R3,
// S1; not a short break) with an Ofsted URN, the placement postcode is the provider's (Ofsted providers list).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { givenUrn } from '../../ruleSupport.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

const checked = new Set(['K1', 'K2', 'K3', 'R3', 'S1']);
const compact = (postcode: string) => postcode.replaceAll(' ', '').toUpperCase();

export const rule221 = defineRule903({
  code: '221',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.",
  tables: ['Episodes'],
  needs: ['ofstedProviders'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      if (
        !givenUrn(episode.URN) ||
        episode.PL_POST === '' ||
        !checked.has(episode.PLACE) ||
        shortBreakLegalStatusCodes.has(episode.LS)
      )
        return false;
      const provider = context.lookups.ofstedProviders?.get(episode.URN);
      // A URN not on the list has no postcode to match; a provider listed without one cannot be judged.
      if (!provider) return true;
      return provider.postcode !== undefined && compact(provider.postcode) !== compact(episode.PL_POST);
    }),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', PLACE: 'K2', URN: 'SC123456', PL_POST: 'tf1 1aa' },
        { CHILD: '2', LS: 'C2', PLACE: 'U1', URN: 'SC123456', PL_POST: 'SY1 1AA' },
      ],
      lookups: {
        ofstedProviders: new Map([
          ['SC123456', { urn: 'SC123456', placementCodes: ['K2'], providerCodes: ['PR4'], postcode: 'TF11AA' }],
        ]),
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', PLACE: 'K2', URN: 'SC123456', PL_POST: 'TF1 1AB' },
        { CHILD: '2', LS: 'C2', PLACE: 'U1', URN: 'SC123456', PL_POST: 'SY1 1AA' },
      ],
      lookups: {
        ofstedProviders: new Map([
          ['SC123456', { urn: 'SC123456', placementCodes: ['K2'], providerCodes: ['PR4'], postcode: 'TF11AA' }],
        ]),
      },
    },
    flags: [['Episodes', 1]],
  },
});
