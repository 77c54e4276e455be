// SSDA903 2025-26 rule INT01: every child in AD1 is in the Header (data integrity across tables).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleINT01 = defineRule903({
  code: 'INT01',
  message: 'Data Integrity Check: Child in AD1 does not exist in Header.',
  tables: ['Header', 'AD1'],
  check: (context) => {
    const inHeader = context.byChild('Header');
    return rowsWhere(context, 'AD1', (adoption) => !inHeader.has(adoption.CHILD));
  },
  examples: {
    passing: { Header: [{ CHILD: '1' }], AD1: [{ CHILD: '1' }] },
    failing: { Header: [{ CHILD: '1' }], AD1: [{ CHILD: '1' }, { CHILD: '2' }] },
    flags: [['AD1', 2]],
  },
});
