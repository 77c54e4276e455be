// CIN census 2025-26 rule 2886Q: at most 2% of children (unborn children aside) have no sex recorded.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule2886Q = defineCinRule({
  code: '2886Q',
  message:
    'Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns) (QUERY)',
  check: (context): CinFlag[] => {
    const children = context.tables.ChildIdentifiers;
    const unrecorded = children.filter(
      (child) => (child.Sex === '' || child.Sex === 'U') && child.ExpectedPersonBirthDate === '',
    ).length;
    return unrecorded > children.length * 0.02 ? [{ table: 'Header', child: null }] : [];
  },
  // Of 50 children one (2%) may go unrecorded, an unborn child with U aside; a second is too many.
  examples: {
    passing: {
      ChildIdentifiers: [
        ...Array.from({ length: 48 }, (_, index) => ({ LAchildID: `A${index}`, Sex: index % 2 ? 'F' : 'M' })),
        { LAchildID: 'B1', Sex: 'U' },
        { LAchildID: 'B2', Sex: 'U', ExpectedPersonBirthDate: '2026-05-01' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        ...Array.from({ length: 48 }, (_, index) => ({ LAchildID: `A${index}`, Sex: index % 2 ? 'F' : 'M' })),
        { LAchildID: 'B1', Sex: 'U' },
        { LAchildID: 'B2', Sex: '' },
      ],
    },
    flags: [['Header', 'null']],
  },
});
