// SSDA903 2025-26 rule 411: an episode the DfE places in the council's own area (placement location IN)
// has the council as its placement LA. Both are derived from the placement postcode; Harbour derives them
// from the one postcode, so it judges this only given the DfE's own placement locations.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { authorityOfPostcode } from '../../ruleSupport.ts';

const postcodeAuthorities = new Map([
  ['TF1', 'E06000020'],
  ['SY1', 'E06000051'],
]);

export const rule411 = defineRule903({
  code: '411',
  message: 'Placement location code disagrees with LA of placement.',
  tables: ['Episodes'],
  needs: ['placementLocation', 'postcodeAuthorities', 'localAuthority'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      if (context.lookups.placementLocation?.get(`${episode.CHILD} ${episode.DECOM}`) !== 'IN') return false;
      const authority = authorityOfPostcode(context, episode.PL_POST);
      return authority !== null && authority !== context.lookups.localAuthority;
    }),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PL_POST: 'TF1 1AA' },
        { CHILD: '2', DECOM: '31/03/2026', PL_POST: 'SY1 1AA' },
      ],
      lookups: {
        postcodeAuthorities,
        localAuthority: 'E06000020',
        placementLocation: new Map([
          ['1 01/04/2025', 'IN'],
          ['2 31/03/2026', 'OUT'],
        ]),
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PL_POST: 'TF1 1AA' },
        { CHILD: '2', DECOM: '31/03/2026', PL_POST: 'SY1 1AA' },
      ],
      lookups: {
        postcodeAuthorities,
        localAuthority: 'E06000020',
        placementLocation: new Map([
          ['1 01/04/2025', 'IN'],
          ['2 31/03/2026', 'IN'],
        ]),
      },
    },
    flags: [['Episodes', 2]],
  },
});
