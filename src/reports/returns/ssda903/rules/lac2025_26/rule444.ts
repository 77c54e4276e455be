// SSDA903 2025-26 rule 444: a UPN (other than the unknown codes UN1–UN5) is given for one child only in the return.
import { defineRule903, rowsWhere } from '../../rule.ts';

const unknownCodes = new Set(['UN1', 'UN2', 'UN3', 'UN4', 'UN5']);

export const rule444 = defineRule903({
  code: '444',
  message: 'Duplicate UPN has been reported',
  tables: ['Header'],
  check: (context) => {
    const counts = new Map<string, number>();
    for (const child of context.tables.Header) counts.set(child.UPN, (counts.get(child.UPN) ?? 0) + 1);
    return rowsWhere(
      context,
      'Header',
      (child) => child.UPN !== '' && !unknownCodes.has(child.UPN) && (counts.get(child.UPN) ?? 0) > 1,
    );
  },
  examples: {
    passing: {
      Header: [
        { CHILD: '1', UPN: 'A123456789012' },
        { CHILD: '2', UPN: 'UN1' },
        { CHILD: '3', UPN: 'UN1' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', UPN: 'A123456789012' },
        { CHILD: '2', UPN: 'UN1' },
        { CHILD: '3', UPN: 'A123456789012' },
      ],
    },
    flags: [
      ['Header', 1],
      ['Header', 3],
    ],
  },
});
