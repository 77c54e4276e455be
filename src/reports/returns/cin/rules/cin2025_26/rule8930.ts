// CIN census 2025-26 rule 8930: a child protection plan's end date falls within the census year.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8930 = defineCinRule({
  code: '8930',
  message: 'Child Protection Plan End Date must fall within the census year (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildProtectionPlans', (plan) => {
      const end = context.day(plan.CPPendDate);
      return end !== null && (end < context.year.start || end > context.year.end);
    }),
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2024-11-04', CPPendDate: '2025-04-01' },
        { LAchildID: 'A2', CINdetailsID: '3', CPPID: '4', CPPstartDate: '2025-11-04', CPPendDate: '2026-03-31' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2024-11-04', CPPendDate: '2025-03-31' },
        { LAchildID: 'A2', CINdetailsID: '3', CPPID: '4', CPPstartDate: '2025-11-04', CPPendDate: '2026-03-31' },
      ],
    },
    flags: [['ChildProtectionPlans', 1]],
  },
});
