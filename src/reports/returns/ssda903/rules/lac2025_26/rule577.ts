// SSDA903 2025-26 rule 577: a missing or away spell in a period of care that has ended has an end date.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { periodsOfCare } from '../../ruleSupport.ts';

export const rule577 = defineRule903({
  code: '577',
  message:
    'Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.',
  tables: ['Episodes', 'Missing'],
  check: (context) => {
    const periods = periodsOfCare(context);
    return rowsWhere(context, 'Missing', (spell) => {
      const began = context.day(spell.MIS_START);
      if (began === null || spell.MIS_END !== '') return false;
      const period = periods
        .get(spell.CHILD)
        ?.find((candidate) => candidate.start <= began && (candidate.end === null || began <= candidate.end));
      return period !== undefined && period.end !== null;
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/09/2025', REC: 'E4A' },
        { CHILD: '2', DECOM: '01/04/2025' },
      ],
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '01/08/2025', MIS_END: '01/09/2025' },
        { CHILD: '2', MISSING: 'M', MIS_START: '30/03/2026', MIS_END: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/09/2025', REC: 'E4A' },
        { CHILD: '2', DECOM: '01/04/2025' },
      ],
      Missing: [
        { CHILD: '1', MISSING: 'M', MIS_START: '01/08/2025', MIS_END: '' },
        { CHILD: '2', MISSING: 'M', MIS_START: '30/03/2026', MIS_END: '' },
      ],
    },
    flags: [['Missing', 1]],
  },
});
