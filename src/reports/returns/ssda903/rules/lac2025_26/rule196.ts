// SSDA903 2025-26 rule 196: the reason for no SDQ score (SDQ_REASON), when given, is one of the year's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { sdqReasonCodes } from '../../validCodes.ts';

export const rule196 = defineRule903({
  code: '196',
  message: 'Strengths and Difficulties (SDQ) reason is not a valid code.',
  tables: ['OC2'],
  check: (context) => rowsWhere(context, 'OC2', (row) => row.SDQ_REASON !== '' && !sdqReasonCodes.has(row.SDQ_REASON)),
  examples: {
    passing: {
      OC2: [
        { CHILD: '1', SDQ_REASON: 'SDQ5' },
        { CHILD: '2', SDQ_REASON: '' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', SDQ_REASON: 'SDQ5' },
        { CHILD: '2', SDQ_REASON: 'SDQ6' },
        { CHILD: '3', SDQ_REASON: 'sdq5' },
      ],
    },
    flags: [
      ['OC2', 2],
      ['OC2', 3],
    ],
  },
});
