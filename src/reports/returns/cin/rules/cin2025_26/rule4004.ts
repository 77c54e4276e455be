// CIN census 2025-26 rule 4004: an episode has at most one open CIN plan (no end date).
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule4004 = defineCinRule({
  code: '4004',
  message: 'This child is showing more than one open CIN Plan, i.e. with no End Date (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const plans of context.byEpisode('CINplanDates').values()) {
      const open = plans.filter((plan) => plan.CINPlanEndDate === '');
      if (open.length > 1) for (const row of open) flags.push({ table: 'CINplanDates', row });
    }
    return flags;
  },
  examples: {
    passing: {
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '2025-07-01' },
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-09-01', CINPlanEndDate: '' },
      ],
    },
    failing: {
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '' },
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-09-01', CINPlanEndDate: '' },
      ],
    },
    flags: [
      ['CINplanDates', 1],
      ['CINplanDates', 2],
    ],
  },
});
