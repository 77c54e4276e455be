// CIN census 2025-26 rule 4012Q: a CIN plan does not start and end on the same day.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule4012Q = defineCinRule({
  code: '4012Q',
  message:
    'Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day (QUERY)',
  check: (context) =>
    cinRowsWhere(
      context,
      'CINplanDates',
      (plan) => plan.CINPlanEndDate !== '' && plan.CINPlanEndDate === plan.CINPlanStartDate,
    ),
  examples: {
    passing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '2025-06-03' },
        { LAchildID: 'A2', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '' },
      ],
    },
    failing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '2025-06-02' },
        { LAchildID: 'A2', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '' },
      ],
    },
    flags: [['CINplanDates', 1]],
  },
});
