// SSDA903 2025-26 rule 157: a child looked after for 12 months aged 4 to 16 does not give SDQ1 (under 4 or over 16) as the reason for no SDQ score.
import { ageInYears } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';
import { continuouslyLookedAfter } from '../../ruleSupport.ts';

export const rule157 = defineRule903({
  code: '157',
  message:
    'Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.',
  tables: ['Episodes', 'OC2'],
  check: (context) => {
    const cohort = continuouslyLookedAfter(context);
    return rowsWhere(context, 'OC2', (child) => {
      const born = context.day(child.DOB);
      return (
        child.SDQ_SCORE === '' &&
        child.SDQ_REASON === 'SDQ1' &&
        cohort.has(child.CHILD) &&
        born !== null &&
        ageInYears(born, context.year.start) >= 4 &&
        ageInYears(born, context.year.end) <= 16
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '3', DECOM: '02/04/2025', RNE: 'S', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', DOB: '02/04/2021', SDQ_REASON: 'SDQ1' },
        { CHILD: '2', DOB: '31/03/2009', SDQ_REASON: 'SDQ1' },
        { CHILD: '3', DOB: '01/04/2015', SDQ_REASON: 'SDQ1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '3', DECOM: '02/04/2025', RNE: 'S', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', DOB: '01/04/2021', SDQ_REASON: 'SDQ1' },
        { CHILD: '2', DOB: '01/04/2009', SDQ_REASON: 'SDQ1' },
        { CHILD: '3', DOB: '01/04/2015', SDQ_REASON: 'SDQ1' },
      ],
    },
    flags: [
      ['OC2', 1],
      ['OC2', 2],
    ],
  },
});
