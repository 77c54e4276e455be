// SSDA903 2025-26 rule 564: a missing (M) or away without authorisation (A) episode has its start date.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { missingCodes } from '../../validCodes.ts';

export const rule564 = defineRule903({
  code: '564',
  message: 'Child was missing or away from placement without authorisation and the date started is blank.',
  tables: ['Missing'],
  check: (context) =>
    rowsWhere(context, 'Missing', (missing) => missingCodes.has(missing.MISSING) && missing.MIS_START === ''),
  examples: {
    passing: {
      Missing: [
        { CHILD: '1', MISSING: 'A', MIS_START: '01/06/2025' },
        { CHILD: '2', MISSING: '', MIS_START: '' },
      ],
    },
    failing: {
      Missing: [
        { CHILD: '1', MISSING: 'A', MIS_START: '' },
        { CHILD: '2', MISSING: '', MIS_START: '' },
      ],
    },
    flags: [['Missing', 1]],
  },
});
