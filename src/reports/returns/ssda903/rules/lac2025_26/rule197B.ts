// SSDA903 2025-26 rule 197B: a child looked after continuously for 12 months who is 4 or 17 at 31 March has an SDQ score or a reason for none.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ageOf, continuouslyLookedAfter } from '../../ruleSupport.ts';

export const rule197B = defineRule903({
  code: '197B',
  message: 'SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.',
  tables: ['Header', 'Episodes', 'OC2'],
  check: (context) => {
    const continuous = continuouslyLookedAfter(context);
    return rowsWhere(context, 'OC2', (child) => {
      const age = ageOf(context, child.CHILD, context.year.end);
      return (
        (age === 4 || age === 17) && continuous.has(child.CHILD) && child.SDQ_SCORE === '' && child.SDQ_REASON === ''
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', DOB: '31/03/2022' },
        { CHILD: '2', DOB: '31/03/2021' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2024', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', SDQ_REASON: 'SDQ1' },
        { CHILD: '2', SDQ_SCORE: '' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '31/03/2022' },
        { CHILD: '2', DOB: '31/03/2021' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2024', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', SDQ_REASON: '' },
        { CHILD: '2', SDQ_SCORE: '' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
