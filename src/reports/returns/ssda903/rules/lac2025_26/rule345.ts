// SSDA903 2025-26 rule 345: a care leaver the council is in touch with (IN_TOUCH YES) has an activity and an accommodation other than 0.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule345 = defineRule903({
  code: '345',
  message:
    'The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.',
  tables: ['OC3'],
  check: (context) =>
    rowsWhere(context, 'OC3', (leaver) => leaver.IN_TOUCH === 'YES' && (leaver.ACTIV === '0' || leaver.ACCOM === '0')),
  examples: {
    passing: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '2', IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' },
      ],
    },
    failing: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: '0' },
        { CHILD: '2', IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' },
      ],
    },
    flags: [['OC3', 1]],
  },
});
