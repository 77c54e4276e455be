// CIN census 2025-26 rule 2888Q: some child with a disability has more than one recorded.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule2888Q = defineCinRule({
  code: '2888Q',
  message:
    'Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible. (QUERY)',
  check: (context): CinFlag[] => {
    let disabled = 0;
    for (const disabilities of context.byChild('Disabilities').values()) {
      const count = disabilities.filter((row) => row.Disability.toUpperCase() !== 'NONE').length;
      if (count > 1) return [];
      disabled += count;
    }
    return disabled > 0 ? [{ table: 'Header', child: null }] : [];
  },
  examples: {
    passing: {
      Disabilities: [
        { LAchildID: 'A1', Disability: 'NONE' },
        { LAchildID: 'A2', Disability: 'HAND' },
        { LAchildID: 'A3', Disability: 'VIS' },
        { LAchildID: 'A3', Disability: 'HEAR' },
      ],
    },
    failing: {
      Disabilities: [
        { LAchildID: 'A1', Disability: 'NONE' },
        { LAchildID: 'A2', Disability: 'HAND' },
        { LAchildID: 'A3', Disability: 'VIS' },
        { LAchildID: 'A4', Disability: 'HEAR' },
      ],
    },
    flags: [['Header', 'null']],
  },
});
