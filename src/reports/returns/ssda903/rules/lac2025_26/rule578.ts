// SSDA903 2025-26 rule 578: a missing or away spell does not start after the child ceased to be looked after (outside every period of care, after one ended).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { periodsOfCare } from '../../ruleSupport.ts';

export const rule578 = defineRule903({
  code: '578',
  message: 'The date that the child started to be missing is after the child ceased to be looked after.',
  tables: ['Episodes', 'Missing'],
  check: (context) => {
    const periods = periodsOfCare(context);
    return rowsWhere(context, 'Missing', (spell) => {
      const began = context.day(spell.MIS_START);
      const ofChild = periods.get(spell.CHILD) ?? [];
      if (began === null || ofChild.length === 0) return false;
      const during = ofChild.some((period) => period.start <= began && (period.end === null || began <= period.end));
      return !during && ofChild.some((period) => period.end !== null && period.end < began);
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025', DEC: '01/09/2025', REC: 'E4A' },
      ],
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '01/09/2025', MIS_END: '01/09/2025' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025', DEC: '01/09/2025', REC: 'E4A' },
      ],
      Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '02/09/2025', MIS_END: '03/09/2025' }],
    },
    flags: [['Missing', 1]],
  },
});
