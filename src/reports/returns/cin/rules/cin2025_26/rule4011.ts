// CIN census 2025-26 rule 4011: a CIN plan does not end before it starts.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule4011 = defineCinRule({
  code: '4011',
  message: 'CIN Plan End Date earlier than Start Date (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINplanDates', (plan) => {
      const end = context.day(plan.CINPlanEndDate);
      const start = context.day(plan.CINPlanStartDate);
      return end !== null && start !== null && end < start;
    }),
  examples: {
    passing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '2025-06-02' },
        { LAchildID: 'A2', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '' },
      ],
    },
    failing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '2025-06-01' },
        { LAchildID: 'A2', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '' },
      ],
    },
    flags: [['CINplanDates', 1]],
  },
});
