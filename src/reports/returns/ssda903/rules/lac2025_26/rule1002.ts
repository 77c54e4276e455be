// SSDA903 2025-26 rule 1002: a care leaver has episodes of care in this year's or last year's return.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule1002 = defineRule903({
  code: '1002',
  message:
    "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
  tables: ['Episodes', 'OC3'],
  needs: ['previous'],
  check: (context) => {
    const thisYear = context.byChild('Episodes');
    const lastYear = context.previousByChild('Episodes');
    return rowsWhere(context, 'OC3', (leaver) => !thisYear.has(leaver.CHILD) && !lastYear.has(leaver.CHILD));
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2024' }],
      OC3: [{ CHILD: '1' }, { CHILD: '2' }],
      previous: { Episodes: [{ CHILD: '2', DECOM: '01/04/2023', DEC: '01/06/2024', REC: 'E13' }] },
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2024' }],
      OC3: [{ CHILD: '1' }, { CHILD: '3' }],
      previous: { Episodes: [{ CHILD: '2', DECOM: '01/04/2023', DEC: '01/06/2024', REC: 'E13' }] },
    },
    flags: [['OC3', 2]],
  },
});
