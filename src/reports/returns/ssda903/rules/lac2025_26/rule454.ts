// SSDA903 2025-26 rule 454: a placement is no more than 350 miles from the child's home (the distance the
// DfE derives from the home and placement postcodes, to one decimal place).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { placementDistance } from '../../ruleSupport.ts';

const farthest = 350;

export const rule454 = defineRule903({
  code: '454',
  message:
    'Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]',
  tables: ['Episodes'],
  needs: ['postcodeCoordinates'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const miles = placementDistance(context, episode);
      return typeof miles === 'number' && miles > farthest;
    }),
  examples: {
    // 563,255 m is 350.0 miles to one decimal place; 563,420 m is 350.1.
    passing: {
      Episodes: [{ CHILD: '1', HOME_POST: 'TR1 1AA', PL_POST: 'IV1 1AA' }],
      lookups: {
        postcodeCoordinates: new Map([
          ['TR11AA', { easting: 182000, northing: 45000 }],
          ['IV11AA', { easting: 182000, northing: 608255 }],
        ]),
      },
    },
    failing: {
      Episodes: [{ CHILD: '1', HOME_POST: 'TR1 1AA', PL_POST: 'IV1 1AA' }],
      lookups: {
        postcodeCoordinates: new Map([
          ['TR11AA', { easting: 182000, northing: 45000 }],
          ['IV11AA', { easting: 182000, northing: 608420 }],
        ]),
      },
    },
    flags: [['Episodes', 1]],
  },
});
