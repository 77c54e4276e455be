// SSDA903 2025-26 rule 571: the date a missing or away spell ended, when given, is within the collection year.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule571 = defineRule903({
  code: '571',
  message:
    'The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.',
  tables: ['Missing'],
  check: (context) =>
    rowsWhere(context, 'Missing', (spell) => {
      const ended = context.day(spell.MIS_END);
      return ended !== null && (ended < context.year.start || ended > context.year.end);
    }),
  examples: {
    year: '2025-26',
    passing: {
      Missing: [
        { CHILD: '1', MIS_START: '31/03/2025', MIS_END: '01/04/2025' },
        { CHILD: '1', MIS_START: '31/03/2026', MIS_END: '31/03/2026' },
        { CHILD: '2', MIS_START: '30/03/2026', MIS_END: '' },
      ],
    },
    failing: {
      Missing: [
        { CHILD: '1', MIS_START: '30/03/2025', MIS_END: '31/03/2025' },
        { CHILD: '1', MIS_START: '31/03/2026', MIS_END: '01/04/2026' },
        { CHILD: '2', MIS_START: '30/03/2026', MIS_END: '' },
      ],
    },
    flags: [
      ['Missing', 1],
      ['Missing', 2],
    ],
  },
});
