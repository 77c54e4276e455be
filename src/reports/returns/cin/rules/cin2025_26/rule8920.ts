// CIN census 2025-26 rule 8920: a child protection plan does not end after the child's date of death.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { deathDays } from '../../ruleSupport.ts';

export const rule8920 = defineCinRule({
  code: '8920',
  message: 'Child Protection Plan cannot end after the child’s Date of Death (ERROR)',
  check: (context) => {
    const died = deathDays(context);
    return cinRowsWhere(context, 'ChildProtectionPlans', (plan) => {
      const death = died.get(plan.LAchildID);
      const end = context.day(plan.CPPendDate);
      return death !== undefined && end !== null && end > death;
    });
  },
  examples: {
    passing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2012-05-01', PersonDeathDate: '2025-09-10' }],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-06-02', CPPendDate: '2025-09-10' },
      ],
    },
    failing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2012-05-01', PersonDeathDate: '2025-09-10' }],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-06-02', CPPendDate: '2025-09-11' },
      ],
    },
    flags: [['ChildProtectionPlans', 1]],
  },
});
