// SSDA903 2025-26 rule 303: a child whose UASC status ceased (DUC given) has the XML Header's UASC flag 1.
// CSV tables carry no flag, and a child's UASC row cannot stand for one here (a row with a DUC would always
// pass), so it runs only when the flags are given.
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';

export const rule303 = defineRule903({
  code: '303',
  message: 'If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.',
  tables: ['Header', 'UASC'],
  needs: ['uascFlag'],
  check: (context) => {
    const flags: Flag903[] = [];
    const headers = context.byChild('Header');
    for (const row of context.tables.UASC) {
      if (row.DUC === '' || context.lookups.uascFlag?.get(row.CHILD) === '1') continue;
      flags.push({ table: 'UASC', row });
      for (const header of headers.get(row.CHILD) ?? []) flags.push({ table: 'Header', row: header });
    }
    return flags;
  },
  examples: {
    passing: {
      Header: [{ CHILD: '1' }, { CHILD: '2' }],
      UASC: [
        { CHILD: '1', DUC: '31/03/2026' },
        { CHILD: '2', DUC: '' },
      ],
      lookups: {
        uascFlag: new Map([
          ['1', '1'],
          ['2', '0'],
        ]),
      },
    },
    failing: {
      Header: [{ CHILD: '1' }, { CHILD: '2' }],
      UASC: [
        { CHILD: '1', DUC: '31/03/2026' },
        { CHILD: '2', DUC: '' },
      ],
      lookups: {
        uascFlag: new Map([
          ['1', '0'],
          ['2', '0'],
        ]),
      },
    },
    flags: [
      ['Header', 1],
      ['UASC', 1],
    ],
  },
});
