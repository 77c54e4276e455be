// CIN census 2025-26 rule 8925: a child protection plan does not end before it starts.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8925 = defineCinRule({
  code: '8925',
  message: 'Child Protection Plan End Date earlier than Start Date (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildProtectionPlans', (plan) => {
      const end = context.day(plan.CPPendDate);
      const start = context.day(plan.CPPstartDate);
      return end !== null && start !== null && end < start;
    }),
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-06-02', CPPendDate: '2025-06-03' },
        { LAchildID: 'A2', CPPstartDate: '2025-06-02', CPPendDate: '' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-06-02', CPPendDate: '2025-06-01' },
        { LAchildID: 'A2', CPPstartDate: '2025-06-02', CPPendDate: '' },
      ],
    },
    flags: [['ChildProtectionPlans', 1]],
  },
});
