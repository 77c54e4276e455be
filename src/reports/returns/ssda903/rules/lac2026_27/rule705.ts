// SSDA903 2026-27 rule 705: a child's deprivation of liberty order does not start while their previous one is open (no end, or ending after this start).
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';

export const rule705 = defineRule903({
  code: '705',
  message: 'A DoLO cannot start when the previous DoLO is still open.',
  tables: ['DoLo'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const orders of context.byChild('DoLo').values()) {
      const dated = orders
        .map((order) => ({ order, start: context.day(order.DOLO_START) }))
        .filter((dated): dated is { order: (typeof orders)[number]; start: number } => dated.start !== null)
        .sort((a, b) => a.start - b.start || a.order.$row - b.order.$row);
      for (let index = 1; index < dated.length; index++) {
        const previous = dated[index - 1]?.order;
        const current = dated[index];
        if (!previous || !current) continue;
        const previousEnd = context.day(previous.DOLO_END);
        if (previousEnd === null || current.start < previousEnd) flags.push({ table: 'DoLo', row: current.order });
      }
    }
    return flags;
  },
  examples: {
    year: '2026-27',
    passing: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/09/2026' },
        { CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '01/09/2026' },
      ],
    },
    failing: {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/09/2026' },
        { CHILD: '1', DOLO_START: '01/05/2026', DOLO_END: '02/09/2026' },
        { CHILD: '2', DOLO_START: '01/05/2026' },
        { CHILD: '2', DOLO_START: '01/06/2026', DOLO_END: '01/07/2026' },
      ],
    },
    flags: [
      ['DoLo', 1],
      ['DoLo', 4],
    ],
  },
});
