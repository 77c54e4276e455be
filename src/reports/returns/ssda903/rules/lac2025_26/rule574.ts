// SSDA903 2025-26 rule 574: a child's missing or away periods do not overlap, and a new one does not start
// while the one before is still open.
import { defineRule903 } from '../../rule.ts';
import { rowsStartingBeforePreviousEnds } from '../../ruleSupport.ts';

export const rule574 = defineRule903({
  code: '574',
  message:
    'A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.',
  tables: ['Missing'],
  check: (context) => rowsStartingBeforePreviousEnds(context, 'Missing', 'MIS_START', 'MIS_END'),
  examples: {
    passing: {
      Missing: [
        { CHILD: '1', MIS_START: '10/05/2025', MIS_END: '12/05/2025' },
        { CHILD: '1', MIS_START: '01/04/2025', MIS_END: '02/04/2025' },
        { CHILD: '1', MIS_START: '12/05/2025', MIS_END: '' },
      ],
    },
    failing: {
      Missing: [
        { CHILD: '1', MIS_START: '10/05/2025', MIS_END: '' },
        { CHILD: '1', MIS_START: '01/04/2025', MIS_END: '11/05/2025' },
        { CHILD: '1', MIS_START: '12/05/2025', MIS_END: '' },
      ],
    },
    flags: [
      ['Missing', 1],
      ['Missing', 3],
    ],
  },
});
