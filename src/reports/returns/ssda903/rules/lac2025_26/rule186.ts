// SSDA903 2025-26 rule 186: a child looked after for 12 months, 4 or over on 1 April and under 17 on 31 March, has an SDQ score or a reason for none.
import { ageInYears } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';
import { continuouslyLookedAfter } from '../../ruleSupport.ts';

export const rule186 = defineRule903({
  code: '186',
  message:
    'Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.',
  tables: ['Episodes', 'OC2'],
  check: (context) => {
    const cohort = continuouslyLookedAfter(context);
    return rowsWhere(context, 'OC2', (child) => {
      const born = context.day(child.DOB);
      return (
        child.SDQ_SCORE === '' &&
        child.SDQ_REASON === '' &&
        cohort.has(child.CHILD) &&
        born !== null &&
        ageInYears(born, context.year.start) >= 4 &&
        ageInYears(born, context.year.end) < 17
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '31/03/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '31/03/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '3', DECOM: '31/03/2025', RNE: 'S', LS: 'V4' },
      ],
      OC2: [
        { CHILD: '1', DOB: '02/04/2021' },
        { CHILD: '2', DOB: '31/03/2009' },
        { CHILD: '3', DOB: '01/04/2015' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '31/03/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '31/03/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '3', DECOM: '31/03/2025', RNE: 'S', LS: 'V4' },
      ],
      OC2: [
        { CHILD: '1', DOB: '01/04/2021' },
        { CHILD: '2', DOB: '01/04/2009' },
        { CHILD: '3', DOB: '01/04/2015' },
      ],
    },
    flags: [
      ['OC2', 1],
      ['OC2', 2],
    ],
  },
});
