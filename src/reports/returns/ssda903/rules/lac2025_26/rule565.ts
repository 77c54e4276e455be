// SSDA903 2025-26 rule 565: a row with a date missing or away began (MIS_START) says which it was (MISSING).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule565 = defineRule903({
  code: '565',
  message:
    'The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.',
  tables: ['Missing'],
  check: (context) => rowsWhere(context, 'Missing', (missing) => missing.MIS_START !== '' && missing.MISSING === ''),
  examples: {
    passing: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '01/06/2025' }] },
    failing: { Missing: [{ CHILD: '1', MISSING: '', MIS_START: '01/06/2025' }] },
    flags: [['Missing', 1]],
  },
});
