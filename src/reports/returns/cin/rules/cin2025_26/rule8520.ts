// CIN census 2025-26 rule 8520: a child's date of birth is on or before the census's reference date.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8520 = defineCinRule({
  code: '8520',
  message: 'Date of Birth is after data collection period (must be on or before the end of the census period) (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildIdentifiers', (child) => (context.day(child.PersonBirthDate) ?? 0) > context.year.end),
  examples: {
    passing: { ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2026-03-31' }] },
    failing: { ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2026-04-01' }] },
    flags: [['ChildIdentifiers', 1]],
  },
});
