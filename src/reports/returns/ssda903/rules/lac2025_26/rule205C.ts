// SSDA903 2025-26 rule 205C: a date UASC status ceased (DUC, this year's or last year's) is given only for
// a child the XML Header flags as UASC this year or last. CSV tables carry no flag, and a child's UASC row
// cannot stand for one here (a row with a DUC would always pass), so it runs only when the flags are given.
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';

export const rule205C = defineRule903({
  code: '205C',
  message: 'Child not identified as UASC either this year or last year but date UASC ceased has been provided.',
  tables: ['UASC'],
  needs: ['previous', 'uascFlag', 'previousUascFlag'],
  check: (context) => {
    const { uascFlag, previousUascFlag } = context.lookups;
    const lastYear = context.previousByChild('UASC');
    const flags: Flag903[] = [];
    for (const row of context.tables.UASC) {
      const ceased = row.DUC !== '' || (lastYear.get(row.CHILD) ?? []).some((before) => before.DUC !== '');
      const identified = uascFlag?.get(row.CHILD) === '1' || previousUascFlag?.get(row.CHILD) === '1';
      if (ceased && !identified) flags.push({ table: 'UASC', row });
    }
    return flags;
  },
  examples: {
    passing: {
      UASC: [
        { CHILD: '1', DUC: '' },
        { CHILD: '2', DUC: '29/02/2024' },
      ],
      previous: { UASC: [{ CHILD: '1', DUC: '31/03/2025' }] },
      lookups: {
        uascFlag: new Map([
          ['1', '0'],
          ['2', '1'],
        ]),
        previousUascFlag: new Map([['1', '1']]),
      },
    },
    failing: {
      UASC: [
        { CHILD: '1', DUC: '' },
        { CHILD: '2', DUC: '29/02/2024' },
      ],
      previous: { UASC: [{ CHILD: '1', DUC: '31/03/2025' }] },
      lookups: {
        uascFlag: new Map([
          ['1', '0'],
          ['2', '0'],
        ]),
        previousUascFlag: new Map([['1', '0']]),
      },
    },
    flags: [
      ['UASC', 1],
      ['UASC', 2],
    ],
  },
});
