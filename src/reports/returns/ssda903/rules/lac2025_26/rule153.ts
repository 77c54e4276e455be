// SSDA903 2025-26 rule 153: a care leaver's in touch, activity and accommodation items (OC3) are all completed or all blank.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule153 = defineRule903({
  code: '153',
  message:
    "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
  tables: ['OC3'],
  check: (context) =>
    rowsWhere(context, 'OC3', (leaver) => {
      const blanks = [leaver.IN_TOUCH, leaver.ACTIV, leaver.ACCOM].filter((value) => value === '').length;
      return blanks > 0 && blanks < 3;
    }),
  examples: {
    passing: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '2', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
      ],
    },
    failing: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: '' },
        { CHILD: '2', IN_TOUCH: 'NO', ACTIV: '', ACCOM: '' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC3', 2],
    ],
  },
});
