// CIN census 2025-26 rule 8535Q: a child's date of death is not before their date of birth.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8535Q = defineCinRule({
  code: '8535Q',
  message:
    'Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth (QUERY)',
  check: (context) =>
    cinRowsWhere(context, 'ChildIdentifiers', (child) => {
      const born = context.day(child.PersonBirthDate);
      const died = context.day(child.PersonDeathDate);
      return born !== null && died !== null && died < born;
    }),
  examples: {
    passing: { ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2025-06-02', PersonDeathDate: '2025-06-02' }] },
    failing: { ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2025-06-02', PersonDeathDate: '2025-06-01' }] },
    flags: [['ChildIdentifiers', 1]],
  },
});
