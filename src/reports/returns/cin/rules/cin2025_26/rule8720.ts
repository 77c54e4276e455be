// CIN census 2025-26 rule 8720: a child protection plan has a start date on or before the reference date.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8720 = defineCinRule({
  code: '8720',
  message: 'Child Protection Plan Start Date missing or out of data collection period (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildProtectionPlans', (plan) => {
      const start = context.day(plan.CPPstartDate);
      return start === null || start > context.year.end;
    }),
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2026-03-31' },
        { LAchildID: 'A2', CPPstartDate: '2024-02-12' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2026-04-01' },
        { LAchildID: 'A2', CPPstartDate: '2024-02-12' },
        { LAchildID: 'A3', CPPstartDate: '' },
      ],
    },
    flags: [
      ['ChildProtectionPlans', 1],
      ['ChildProtectionPlans', 3],
    ],
  },
});
