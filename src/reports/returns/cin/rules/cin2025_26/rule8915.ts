// CIN census 2025-26 rule 8915: a child protection plan does not start after the child's death.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { childIdentifiersOf } from '../../ruleSupport.ts';

export const rule8915 = defineCinRule({
  code: '8915',
  message: 'Child Protection Plan shown as starting after the child’s Date of Death (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildProtectionPlans', (plan) => {
      const start = context.day(plan.CPPstartDate);
      const death = context.day(childIdentifiersOf(context, plan.LAchildID)?.PersonDeathDate ?? '');
      return start !== null && death !== null && start > death;
    }),
  examples: {
    passing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonDeathDate: '2025-09-01' }, { LAchildID: 'A2' }],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-09-01' },
        { LAchildID: 'A2', CPPstartDate: '2025-09-02' },
      ],
    },
    failing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonDeathDate: '2025-09-01' }, { LAchildID: 'A2' }],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-09-02' },
        { LAchildID: 'A2', CPPstartDate: '2025-09-02' },
      ],
    },
    flags: [['ChildProtectionPlans', 1]],
  },
});
