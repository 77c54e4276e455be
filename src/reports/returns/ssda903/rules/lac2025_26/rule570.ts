// SSDA903 2025-26 rule 570: a missing or away episode starts (MIS_START) on or before the end of the collection year.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule570 = defineRule903({
  code: '570',
  message:
    'The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.',
  tables: ['Missing'],
  check: (context) =>
    rowsWhere(context, 'Missing', (missing) => (context.day(missing.MIS_START) ?? 0) > context.year.end),
  examples: {
    year: '2025-26',
    passing: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '31/03/2026' }] },
    failing: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '01/04/2026' }] },
    flags: [['Missing', 1]],
  },
});
