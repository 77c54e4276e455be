// CIN census 2025-26 rule 8794: a child's disability codes are each recorded once.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule8794 = defineCinRule({
  code: '8794',
  message: 'Child has two or more disabilities with the same code (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const disabilities of context.byChild('Disabilities').values()) {
      const seen = new Set<string>();
      for (const row of disabilities) {
        if (seen.has(row.Disability)) flags.push({ table: 'Disabilities', row });
        seen.add(row.Disability);
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Disabilities: [
        { LAchildID: 'A1', Disability: 'VIS' },
        { LAchildID: 'A1', Disability: 'HEAR' },
        { LAchildID: 'A2', Disability: 'VIS' },
      ],
    },
    failing: {
      Disabilities: [
        { LAchildID: 'A1', Disability: 'VIS' },
        { LAchildID: 'A1', Disability: 'VIS' },
        { LAchildID: 'A2', Disability: 'VIS' },
      ],
    },
    flags: [['Disabilities', 2]],
  },
});
