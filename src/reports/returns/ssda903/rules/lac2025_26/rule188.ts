// SSDA903 2025-26 rule 188: no SDQ score or reason for a child under 4 on 31 March.
import { ageInYears } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule188 = defineRule903({
  code: '188',
  message:
    'Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(context, 'OC2', (child) => {
      if (child.SDQ_SCORE === '' && child.SDQ_REASON === '') return false;
      const born = context.day(child.DOB);
      return born !== null && ageInYears(born, context.year.end) < 4;
    }),
  examples: {
    year: '2025-26',
    passing: {
      OC2: [
        { CHILD: '1', DOB: '31/03/2022', SDQ_SCORE: '12' },
        { CHILD: '2', DOB: '01/04/2022' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', DOB: '31/03/2022', SDQ_SCORE: '12' },
        { CHILD: '2', DOB: '01/04/2022', SDQ_REASON: 'SDQ1' },
      ],
    },
    flags: [['OC2', 2]],
  },
});
