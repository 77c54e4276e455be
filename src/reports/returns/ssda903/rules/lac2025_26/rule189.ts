// SSDA903 2025-26 rule 189: a child aged 17 or over on 1 April has neither an SDQ score nor a reason for none.
import { ageInYears } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule189 = defineRule903({
  code: '189',
  message:
    'Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(context, 'OC2', (child) => {
      const born = context.day(child.DOB);
      return (
        (child.SDQ_SCORE !== '' || child.SDQ_REASON !== '') &&
        born !== null &&
        ageInYears(born, context.year.start) >= 17
      );
    }),
  examples: {
    year: '2025-26',
    passing: {
      OC2: [
        { CHILD: '1', DOB: '02/04/2008', SDQ_SCORE: '12' },
        { CHILD: '2', DOB: '01/04/2008', SDQ_SCORE: '', SDQ_REASON: '' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', DOB: '02/04/2008', SDQ_SCORE: '12' },
        { CHILD: '2', DOB: '01/04/2008', SDQ_SCORE: '', SDQ_REASON: 'SDQ4' },
      ],
    },
    flags: [['OC2', 2]],
  },
});
