// SSDA903 2025-26 rule 503J: a child's first episode this year is placed in or out of the council's area
// (the placement location the DfE derives from the placement postcode) as last year's open episode was.
import { defineRule903 } from '../../rule.ts';
import { firstEpisodesDerivingDifferently, placementLocation } from '../../ruleSupport.ts';

const postcodeAuthorities = new Map([
  ['TF1', 'E06000020'],
  ['TF2', 'E06000020'],
  ['SY1', 'E06000051'],
]);

export const rule503J = defineRule903({
  code: '503J',
  message: 'The placement location in first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  needs: ['previous', 'postcodeAuthorities', 'localAuthority'],
  check: (context) =>
    firstEpisodesDerivingDifferently(context, (episode) => placementLocation(context, episode.PL_POST)),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PL_POST: 'TF2 2BB' },
        { CHILD: '1', DECOM: '31/03/2026', PL_POST: 'SY1 1AA' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '29/02/2024', DEC: '', PL_POST: 'TF1 1AA' }] },
      lookups: { postcodeAuthorities, localAuthority: 'E06000020' },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PL_POST: 'SY1 1AA' },
        { CHILD: '1', DECOM: '31/03/2026', PL_POST: 'SY1 1AA' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '29/02/2024', DEC: '', PL_POST: 'TF1 1AA' }] },
      lookups: { postcodeAuthorities, localAuthority: 'E06000020' },
    },
    flags: [['Episodes', 1]],
  },
});
