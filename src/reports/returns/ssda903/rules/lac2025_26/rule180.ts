// SSDA903 2025-26 rule 180: an SDQ score, when given, is a whole number from 0 to 40.
import { defineRule903, rowsWhere } from '../../rule.ts';

const sdqScore = /^\d{1,2}$/;

export const rule180 = defineRule903({
  code: '180',
  message: 'Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(
      context,
      'OC2',
      (child) => child.SDQ_SCORE !== '' && !(sdqScore.test(child.SDQ_SCORE) && Number(child.SDQ_SCORE) <= 40),
    ),
  examples: {
    passing: {
      OC2: [
        { CHILD: '1', SDQ_SCORE: '0' },
        { CHILD: '2', SDQ_SCORE: '40' },
        { CHILD: '3', SDQ_SCORE: '' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', SDQ_SCORE: '0' },
        { CHILD: '2', SDQ_SCORE: '41' },
        { CHILD: '3', SDQ_SCORE: '12.5' },
      ],
    },
    flags: [
      ['OC2', 2],
      ['OC2', 3],
    ],
  },
});
