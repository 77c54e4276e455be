// SSDA903 2025-26 rule 302: the child's first episode does not start before their date of birth.
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule302 = defineRule903({
  code: '302',
  message: 'First episode starts before child was born.',
  tables: ['Header', 'Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    const ordered = episodesInOrder(context);
    for (const child of context.tables.Header) {
      const born = context.day(child.DOB);
      const first = ordered.get(child.CHILD)?.[0];
      const start = first ? context.day(first.DECOM) : null;
      if (first && born !== null && start !== null && start < born)
        flags.push({ table: 'Episodes', row: first }, { table: 'Header', row: child });
    }
    return flags;
  },
  examples: {
    passing: {
      Header: [{ CHILD: '1', DOB: '01/05/2025' }],
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025' },
        { CHILD: '1', DECOM: '01/06/2025' },
      ],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '01/05/2025' }],
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025' },
        { CHILD: '1', DECOM: '30/04/2025' },
      ],
    },
    flags: [
      ['Episodes', 2],
      ['Header', 1],
    ],
  },
});
