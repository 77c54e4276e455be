// CIN census 2025-26 rule 100: the header's reference date is the end of the census year (31 March).
import type { CinFlag } from '../../rule.ts';
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule100 = defineCinRule({
  code: '100',
  message: 'Reference Date is incorrect (ERROR)',
  check: (context): CinFlag[] =>
    context.tables.Header.length === 0
      ? [{ table: 'Header', child: null }]
      : cinRowsWhere(context, 'Header', (header) => context.day(header.ReferenceDate) !== context.year.end),
  examples: {
    passing: { Header: [{ Collection: 'CIN', Year: '2026', ReferenceDate: '2026-03-31' }] },
    failing: { Header: [{ Collection: 'CIN', Year: '2026', ReferenceDate: '2025-03-31' }] },
    flags: [['Header', 1]],
  },
});
