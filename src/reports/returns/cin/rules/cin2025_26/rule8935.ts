// CIN census 2025-26 rule 8935: a child has at most one open child protection plan.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule8935 = defineCinRule({
  code: '8935',
  message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const plans of context.byChild('ChildProtectionPlans').values()) {
      const open = plans.filter((plan) => plan.CPPendDate === '');
      if (open.length > 1) for (const plan of open) flags.push({ table: 'ChildProtectionPlans', row: plan });
    }
    return flags;
  },
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-05-01', CPPendDate: '2025-08-01' },
        { LAchildID: 'A1', CPPstartDate: '2025-10-01', CPPendDate: '' },
        { LAchildID: 'A2', CPPstartDate: '2025-10-01', CPPendDate: '' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-05-01', CPPendDate: '' },
        { LAchildID: 'A1', CPPstartDate: '2025-10-01', CPPendDate: '' },
        { LAchildID: 'A2', CPPstartDate: '2025-10-01', CPPendDate: '' },
      ],
    },
    flags: [
      ['ChildProtectionPlans', 1],
      ['ChildProtectionPlans', 2],
    ],
  },
});
