// CIN census 2025-26 rule 8910: a child protection plan's latest category of abuse is a valid code.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { categoryOfAbuseCodes } from '../../validCodes.ts';

export const rule8910 = defineCinRule({
  code: '8910',
  message:
    'Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set) (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildProtectionPlans', (plan) => !categoryOfAbuseCodes.has(plan.LatestCategoryOfAbuse)),
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-06-02', LatestCategoryOfAbuse: 'NEG' },
        { LAchildID: 'A2', CINdetailsID: '3', CPPID: '4', CPPstartDate: '2025-06-02', LatestCategoryOfAbuse: 'MUL' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-06-02', LatestCategoryOfAbuse: '' },
        { LAchildID: 'A2', CINdetailsID: '3', CPPID: '4', CPPstartDate: '2025-06-02', LatestCategoryOfAbuse: 'NEGL' },
      ],
    },
    flags: [
      ['ChildProtectionPlans', 1],
      ['ChildProtectionPlans', 2],
    ],
  },
});
