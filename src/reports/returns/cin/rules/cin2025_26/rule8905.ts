// CIN census 2025-26 rule 8905: a child protection plan's initial category of abuse is a valid code.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { categoryOfAbuseCodes } from '../../validCodes.ts';

export const rule8905 = defineCinRule({
  code: '8905',
  message:
    'Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set) (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildProtectionPlans', (plan) => !categoryOfAbuseCodes.has(plan.InitialCategoryOfAbuse)),
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-06-02', InitialCategoryOfAbuse: 'EMO' },
        { LAchildID: 'A2', CINdetailsID: '3', CPPID: '4', CPPstartDate: '2025-06-02', InitialCategoryOfAbuse: 'SAB' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-06-02', InitialCategoryOfAbuse: 'emo' },
        { LAchildID: 'A2', CINdetailsID: '3', CPPID: '4', CPPstartDate: '2025-06-02', InitialCategoryOfAbuse: '' },
      ],
    },
    flags: [
      ['ChildProtectionPlans', 1],
      ['ChildProtectionPlans', 2],
    ],
  },
});
