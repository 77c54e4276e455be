// SSDA903 2025-26 rule 503G: a child's first episode this year is as far from home (the distance the DfE
// derives from the home and placement postcodes) as last year's open episode was.
import { defineRule903 } from '../../rule.ts';
import { firstEpisodesDerivingDifferently, placementDistance } from '../../ruleSupport.ts';

const postcodeCoordinates = new Map([
  ['TF11AA', { easting: 365067, northing: 311006 }],
  ['TF22BB', { easting: 370100, northing: 310200 }],
  ['SY11AA', { easting: 349300, northing: 312600 }],
]);

export const rule503G = defineRule903({
  code: '503G',
  message: 'The distance in first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  needs: ['previous', 'postcodeCoordinates'],
  check: (context) => firstEpisodesDerivingDifferently(context, (episode) => placementDistance(context, episode)),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', HOME_POST: 'TF1 1AA', PL_POST: 'TF2 2BB' },
        { CHILD: '1', DECOM: '31/03/2026', HOME_POST: 'TF1 1AA', PL_POST: 'SY1 1AA' },
      ],
      previous: {
        Episodes: [{ CHILD: '1', DECOM: '29/02/2024', DEC: '', HOME_POST: 'TF1 1AA', PL_POST: 'TF2 2BB' }],
      },
      lookups: { postcodeCoordinates },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', HOME_POST: 'TF1 1AA', PL_POST: 'SY1 1AA' },
        { CHILD: '1', DECOM: '31/03/2026', HOME_POST: 'TF1 1AA', PL_POST: 'SY1 1AA' },
      ],
      previous: {
        Episodes: [{ CHILD: '1', DECOM: '29/02/2024', DEC: '', HOME_POST: 'TF1 1AA', PL_POST: 'TF2 2BB' }],
      },
      lookups: { postcodeCoordinates },
    },
    flags: [['Episodes', 1]],
  },
});
