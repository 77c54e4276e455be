// SSDA903 2025-26 rule 105: the XML return's Header gives every child a UASC flag of 0 or 1. CSV tables
// carry no flag (a child's row in the UASC table is not one), so it runs only when the flags are given.
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';

const uascFlagCodes = new Set(['0', '1']);

export const rule105 = defineRule903({
  code: '105',
  message:
    'Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.',
  tables: ['Header'],
  needs: ['uascFlag'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const row of context.tables.Header)
      if (!uascFlagCodes.has(context.lookups.uascFlag?.get(row.CHILD) ?? '')) flags.push({ table: 'Header', row });
    return flags;
  },
  examples: {
    passing: {
      Header: [{ CHILD: '1' }, { CHILD: '2' }],
      lookups: {
        uascFlag: new Map([
          ['1', '0'],
          ['2', '1'],
        ]),
      },
    },
    failing: {
      Header: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }],
      lookups: {
        uascFlag: new Map([
          ['1', '0'],
          ['2', 'Y'],
        ]),
      },
    },
    flags: [
      ['Header', 2],
      ['Header', 3],
    ],
  },
});
