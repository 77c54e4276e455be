// CIN census 2025-26 rule 8790: a child recorded with disability NONE has no other disability.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

const isNone = (code: string) => code.toUpperCase() === 'NONE';

export const rule8790 = defineCinRule({
  code: '8790',
  message: 'Disability information includes both None and other values (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const disabilities of context.byChild('Disabilities').values()) {
      if (disabilities.every((row) => isNone(row.Disability))) continue;
      for (const row of disabilities) if (isNone(row.Disability)) flags.push({ table: 'Disabilities', row });
    }
    return flags;
  },
  examples: {
    passing: {
      Disabilities: [
        { LAchildID: 'A1', Disability: 'NONE' },
        { LAchildID: 'A2', Disability: 'HAND' },
      ],
    },
    failing: {
      Disabilities: [
        { LAchildID: 'A1', Disability: 'NONE' },
        { LAchildID: 'A1', Disability: 'HAND' },
      ],
    },
    flags: [['Disabilities', 1]],
  },
});
