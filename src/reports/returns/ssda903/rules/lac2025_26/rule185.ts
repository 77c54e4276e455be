// SSDA903 2025-26 rule 185: only a child looked after continuously for 12 months at 31 March has an SDQ score.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { continuouslyLookedAfter } from '../../ruleSupport.ts';

export const rule185 = defineRule903({
  code: '185',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.',
  tables: ['Episodes', 'OC2'],
  check: (context) => {
    const cohort = continuouslyLookedAfter(context);
    return rowsWhere(context, 'OC2', (child) => child.SDQ_SCORE !== '' && !cohort.has(child.CHILD));
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '02/04/2025', RNE: 'S', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', SDQ_SCORE: '14' },
        { CHILD: '2', SDQ_SCORE: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '02/04/2025', RNE: 'S', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', SDQ_SCORE: '14' },
        { CHILD: '2', SDQ_SCORE: '14' },
      ],
    },
    flags: [['OC2', 2]],
  },
});
