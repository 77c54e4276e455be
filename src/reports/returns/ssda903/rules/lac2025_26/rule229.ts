// SSDA903 2025-26 rule 229: the provider of an episode with an Ofsted URN lies in the council's own area
// when the placement is the council's own provision (PR1) and outside it when another council's (PR2);
// the provider's area is inferred, as the DfE does, from the postcode Ofsted holds for the URN.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { authorityOfPostcode, givenUrn } from '../../ruleSupport.ts';

const ofstedProviders = new Map([
  ['SC123456', { urn: 'SC123456', placementCodes: ['K2'], providerCodes: ['PR1'], postcode: 'TF11AA' }],
  ['SC654321', { urn: 'SC654321', placementCodes: ['K2'], providerCodes: ['PR2'], postcode: 'SY11AA' }],
]);
const postcodeAuthorities = new Map([
  ['TF1', 'E06000020'],
  ['SY1', 'E06000051'],
]);

export const rule229 = defineRule903({
  code: '229',
  message:
    "Placement provider does not match between the placing authority and the local authority code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]",
  tables: ['Episodes'],
  needs: ['ofstedProviders', 'postcodeAuthorities', 'localAuthority'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      if (!givenUrn(episode.URN) || (episode.PLACE_PROVIDER !== 'PR1' && episode.PLACE_PROVIDER !== 'PR2'))
        return false;
      const postcode = context.lookups.ofstedProviders?.get(episode.URN.toUpperCase())?.postcode;
      const authority = postcode === undefined ? null : authorityOfPostcode(context, postcode);
      if (authority === null) return false;
      const own = authority === context.lookups.localAuthority;
      return episode.PLACE_PROVIDER === 'PR1' ? !own : own;
    }),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR1', URN: 'SC123456' },
        { CHILD: '2', PLACE: 'K2', PLACE_PROVIDER: 'PR2', URN: 'SC654321' },
        { CHILD: '3', PLACE: 'U1', PLACE_PROVIDER: 'PR1', URN: 'XXXXXXX' },
      ],
      lookups: { ofstedProviders, postcodeAuthorities, localAuthority: 'E06000020' },
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR1', URN: 'SC654321' },
        { CHILD: '2', PLACE: 'K2', PLACE_PROVIDER: 'PR2', URN: 'SC123456' },
        { CHILD: '3', PLACE: 'U1', PLACE_PROVIDER: 'PR1', URN: 'XXXXXXX' },
      ],
      lookups: { ofstedProviders, postcodeAuthorities, localAuthority: 'E06000020' },
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
