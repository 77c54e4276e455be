// CIN census 2025-26 rule 4014: a child's CIN plans do not overlap.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule4014 = defineCinRule({
  code: '4014',
  message: 'CIN Plan data contains overlapping dates (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const plans of context.byChild('CINplanDates').values()) {
      if (plans.length < 2) continue;
      // A plan with no end date runs to the census's reference date.
      const spans = plans.map((row) => ({
        row,
        start: context.day(row.CINPlanStartDate),
        end: context.day(row.CINPlanEndDate) ?? context.year.end,
      }));
      for (const { row, start } of spans) {
        if (start === null) continue;
        const within = spans.some(
          (other) => other.row !== row && other.start !== null && other.start <= start && start <= other.end,
        );
        if (within) flags.push({ table: 'CINplanDates', row });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '2025-07-01' },
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-07-02' },
        { LAchildID: 'A2', CINdetailsID: '2', CINPlanStartDate: '2025-09-01', CINPlanEndDate: '2025-09-30' },
        { LAchildID: 'A2', CINdetailsID: '2', CINPlanStartDate: '2025-10-01' },
      ],
    },
    failing: {
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '2025-07-01' },
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-07-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CINPlanStartDate: '2025-09-01', CINPlanEndDate: '2025-09-30' },
        { LAchildID: 'A2', CINdetailsID: '2', CINPlanStartDate: '2025-09-01' },
      ],
    },
    flags: [
      ['CINplanDates', 2],
      ['CINplanDates', 3],
      ['CINplanDates', 4],
    ],
  },
});
