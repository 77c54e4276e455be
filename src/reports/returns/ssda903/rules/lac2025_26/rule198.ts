// SSDA903 2025-26 rule 198: a reason for no SDQ score is given only for a child looked after continuously
// for 12 months at 31 March.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { continuouslyLookedAfter } from '../../ruleSupport.ts';

export const rule198 = defineRule903({
  code: '198',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed. ',
  tables: ['Episodes', 'OC2'],
  check: (context) => {
    const cohort = continuouslyLookedAfter(context);
    return rowsWhere(context, 'OC2', (child) => child.SDQ_REASON !== '' && !cohort.has(child.CHILD));
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '02/04/2025', RNE: 'S', LS: 'C2' },
      ],
      OC2: [{ CHILD: '1', SDQ_REASON: 'SDQ1' }, { CHILD: '2' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '02/04/2025', RNE: 'S', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', SDQ_REASON: 'SDQ1' },
        { CHILD: '2', SDQ_REASON: 'SDQ1' },
      ],
    },
    flags: [['OC2', 2]],
  },
});
