// CIN census 2025-26 rule 8730: a child protection plan gives the number of previous plans (a whole number, 0 or more).
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8730 = defineCinRule({
  code: '8730',
  message: 'Total Number of previous Child Protection Plans missing (ERROR)',
  check: (context) => cinRowsWhere(context, 'ChildProtectionPlans', (plan) => !/^\d+$/.test(plan.NumberOfPreviousCPP)),
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', NumberOfPreviousCPP: '0' },
        { LAchildID: 'A2', NumberOfPreviousCPP: '12' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', NumberOfPreviousCPP: '' },
        { LAchildID: 'A2', NumberOfPreviousCPP: '12' },
        { LAchildID: 'A3', NumberOfPreviousCPP: '-1' },
      ],
    },
    flags: [
      ['ChildProtectionPlans', 1],
      ['ChildProtectionPlans', 3],
    ],
  },
});
