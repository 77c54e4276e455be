// SSDA903 2025-26 rule 132: a care leaver's activity (OC3 ACTIV) is one of the DfE's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { activityCodes } from '../../validCodes.ts';

export const rule132 = defineRule903({
  code: '132',
  message: 'Data entry for activity after leaving care is invalid.',
  tables: ['OC3'],
  check: (context) => rowsWhere(context, 'OC3', (leaver) => !activityCodes.has(leaver.ACTIV)),
  examples: {
    passing: {
      OC3: [
        { CHILD: '1', ACTIV: 'G6' },
        { CHILD: '2', ACTIV: '0' },
      ],
    },
    failing: {
      OC3: [
        { CHILD: '1', ACTIV: 'G3' },
        { CHILD: '2', ACTIV: '0' },
        { CHILD: '3', ACTIV: '' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC3', 3],
    ],
  },
});
