// SSDA903 2025-26 rule 631: the previous permanence option, when given, is P1–P4 or Z1.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { previousPermanenceCodes } from '../../validCodes.ts';

export const rule631 = defineRule903({
  code: '631',
  message: 'Previous permanence option not a valid value.',
  tables: ['PrevPerm'],
  check: (context) =>
    rowsWhere(context, 'PrevPerm', (child) => child.PREV_PERM !== '' && !previousPermanenceCodes.has(child.PREV_PERM)),
  examples: {
    year: '2025-26',
    passing: {
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'Z1' },
        { CHILD: '2', PREV_PERM: '' },
      ],
    },
    failing: {
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'P5' },
        { CHILD: '2', PREV_PERM: '' },
      ],
    },
    flags: [['PrevPerm', 1]],
  },
});
