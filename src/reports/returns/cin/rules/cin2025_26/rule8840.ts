// CIN census 2025-26 rule 8840: a child protection plan does not start and end on the same day.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8840 = defineCinRule({
  code: '8840',
  message: 'Child Protection Plan cannot start and end on the same day (ERROR)',
  check: (context) =>
    cinRowsWhere(
      context,
      'ChildProtectionPlans',
      (plan) => plan.CPPendDate !== '' && plan.CPPendDate === plan.CPPstartDate,
    ),
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-06-02', CPPendDate: '2025-06-03' },
        { LAchildID: 'A2', CPPstartDate: '2025-06-02', CPPendDate: '' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-06-02', CPPendDate: '2025-06-03' },
        { LAchildID: 'A2', CPPstartDate: '2025-06-02', CPPendDate: '2025-06-02' },
      ],
    },
    flags: [['ChildProtectionPlans', 2]],
  },
});
