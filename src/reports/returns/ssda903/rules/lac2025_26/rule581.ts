// SSDA903 2025-26 rule 581: a missing or away spell does not start before the child's first period of care began.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { periodsOfCare } from '../../ruleSupport.ts';

export const rule581 = defineRule903({
  code: '581',
  message: 'Child is missing but has not yet started to be looked after.',
  tables: ['Episodes', 'Missing'],
  check: (context) => {
    const periods = periodsOfCare(context);
    return rowsWhere(context, 'Missing', (spell) => {
      const began = context.day(spell.MIS_START);
      const first = periods.get(spell.CHILD)?.[0];
      return began !== null && first !== undefined && began < first.start;
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/06/2025', RNE: 'S' }],
      Missing: [{ CHILD: '1', MISSING: 'A', MIS_START: '01/06/2025', MIS_END: '02/06/2025' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '01/06/2025', RNE: 'S' }],
      Missing: [{ CHILD: '1', MISSING: 'A', MIS_START: '31/05/2025', MIS_END: '02/06/2025' }],
    },
    flags: [['Missing', 1]],
  },
});
