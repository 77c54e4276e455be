// SSDA903 2025-26 rule 131: every care leaver's "in touch" is one of YES NO DIED REFU NREQ RHOM.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { inTouchCodes } from '../../validCodes.ts';

export const rule131 = defineRule903({
  code: '131',
  message: 'Data entry for being in touch after leaving care is invalid.',
  tables: ['OC3'],
  check: (context) => rowsWhere(context, 'OC3', (leaver) => !inTouchCodes.has(leaver.IN_TOUCH)),
  examples: {
    year: '2025-26',
    passing: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES' },
        { CHILD: '2', IN_TOUCH: 'RHOM' },
      ],
    },
    failing: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'Y' },
        { CHILD: '2', IN_TOUCH: '' },
        { CHILD: '3', IN_TOUCH: 'RHOM' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC3', 2],
    ],
  },
});
