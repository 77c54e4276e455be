// SSDA903 2025-26 rule 576: a missing or away period still open at the end of last year is this year's
// first period for the child (the same start date).
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';

export const rule576 = defineRule903({
  code: '576',
  message:
    'There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.',
  tables: ['Episodes', 'Missing'],
  needs: ['previous'],
  check: (context) => {
    const flags: Flag903[] = [];
    const thisYear = context.byChild('Missing');
    const lookedAfter = context.byChild('Episodes');
    for (const [child, periods] of context.previousByChild('Missing')) {
      const open = periods.find((period) => period.MIS_END === '' && context.day(period.MIS_START) !== null);
      if (!open) continue;
      const current = thisYear.get(child) ?? [];
      if (current.length === 0) {
        if (lookedAfter.has(child)) flags.push({ table: 'Missing', child });
        continue;
      }
      const startOf = (period: (typeof current)[number]) => context.day(period.MIS_START) ?? Infinity;
      const first = current.reduce((earliest, period) => (startOf(period) < startOf(earliest) ? period : earliest));
      if (startOf(first) !== context.day(open.MIS_START)) flags.push({ table: 'Missing', row: first });
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [{ CHILD: '1' }, { CHILD: '2' }],
      Missing: [
        { CHILD: '1', MIS_START: '15/06/2025', MIS_END: '16/06/2025' },
        { CHILD: '1', MIS_START: '30/03/2025', MIS_END: '02/04/2025' },
        { CHILD: '2', MIS_START: '30/03/2025', MIS_END: '' },
      ],
      previous: {
        Missing: [
          { CHILD: '1', MIS_START: '30/03/2025', MIS_END: '' },
          { CHILD: '2', MIS_START: '30/03/2025', MIS_END: '' },
        ],
      },
    },
    failing: {
      Episodes: [{ CHILD: '1' }, { CHILD: '2' }],
      Missing: [
        { CHILD: '1', MIS_START: '15/06/2025', MIS_END: '16/06/2025' },
        { CHILD: '1', MIS_START: '31/03/2025', MIS_END: '02/04/2025' },
      ],
      previous: {
        Missing: [
          { CHILD: '1', MIS_START: '30/03/2025', MIS_END: '' },
          { CHILD: '2', MIS_START: '30/03/2025', MIS_END: '' },
        ],
      },
    },
    flags: [
      ['Missing', 2],
      ['Missing', '2'],
    ],
  },
});
