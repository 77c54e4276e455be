// SSDA903 2026-27 rule 706: a deprivation of liberty order open at the end of last year's return is in this year's with the same start date.
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';

export const rule706 = defineRule903({
  code: '706',
  message:
    'There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..',
  tables: ['DoLo'],
  needs: ['previous'],
  // The order that is missing is this year's, so the child is flagged (last year's row is in another file).
  check: (context) => {
    const flags: Flag903[] = [];
    const thisYear = context.byChild('DoLo');
    for (const [child, orders] of context.previousByChild('DoLo')) {
      const starts = new Set((thisYear.get(child) ?? []).map((order) => context.day(order.DOLO_START)));
      const carriedOver = orders.every(
        (open) =>
          open.DOLO_END !== '' || context.day(open.DOLO_START) === null || starts.has(context.day(open.DOLO_START)),
      );
      if (!carriedOver) flags.push({ table: 'DoLo', child });
    }
    return flags;
  },
  examples: {
    year: '2026-27',
    passing: {
      DoLo: [{ CHILD: '1', DOLO_START: '01/02/2026' }],
      previous: {
        DoLo: [
          { CHILD: '1', DOLO_START: '01/02/2026' },
          { CHILD: '2', DOLO_START: '01/02/2026', DOLO_END: '01/03/2026' },
        ],
      },
    },
    failing: {
      DoLo: [{ CHILD: '1', DOLO_START: '02/02/2026' }],
      previous: {
        DoLo: [
          { CHILD: '1', DOLO_START: '01/02/2026' },
          { CHILD: '2', DOLO_START: '01/02/2026', DOLO_END: '01/03/2026' },
        ],
      },
    },
    flags: [['DoLo', '1']],
  },
});
