// SSDA903 2025-26 rule 566: a missing or away period with an end date says whether the child was missing
// or away without authorisation (MISSING).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule566 = defineRule903({
  code: '566',
  message:
    "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.",
  tables: ['Missing'],
  check: (context) => rowsWhere(context, 'Missing', (period) => period.MISSING === '' && period.MIS_END !== ''),
  examples: {
    passing: {
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '01/04/2025', MIS_END: '02/04/2025' },
        { CHILD: '2', MISSING: '', MIS_START: '31/03/2026', MIS_END: '' },
      ],
    },
    failing: {
      Missing: [
        { CHILD: '1', MISSING: '', MIS_START: '01/04/2025', MIS_END: '02/04/2025' },
        { CHILD: '2', MISSING: '', MIS_START: '31/03/2026', MIS_END: '' },
      ],
    },
    flags: [['Missing', 1]],
  },
});
