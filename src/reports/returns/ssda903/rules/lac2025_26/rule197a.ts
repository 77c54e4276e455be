// SSDA903 2025-26 rule 197a: a reason for no SDQ score (SDQ_REASON) is not given alongside a score (SDQ_SCORE).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule197a = defineRule903({
  code: '197a',
  message:
    'Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.',
  tables: ['OC2'],
  check: (context) => rowsWhere(context, 'OC2', (child) => child.SDQ_SCORE !== '' && child.SDQ_REASON !== ''),
  examples: {
    passing: {
      OC2: [
        { CHILD: '1', SDQ_SCORE: '0' },
        { CHILD: '2', SDQ_REASON: 'SDQ2' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', SDQ_SCORE: '0', SDQ_REASON: 'SDQ1' },
        { CHILD: '2', SDQ_REASON: 'SDQ2' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
