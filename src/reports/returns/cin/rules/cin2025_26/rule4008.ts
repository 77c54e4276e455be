// CIN census 2025-26 rule 4008: a CIN plan does not start after the child's date of death.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { deathDays } from '../../ruleSupport.ts';

export const rule4008 = defineCinRule({
  code: '4008',
  message: 'CIN Plan shown as starting after the child’s Date of Death. (ERROR)',
  check: (context) => {
    const died = deathDays(context);
    return cinRowsWhere(context, 'CINplanDates', (plan) => {
      const death = died.get(plan.LAchildID);
      const start = context.day(plan.CINPlanStartDate);
      return death !== undefined && start !== null && start > death;
    });
  },
  examples: {
    passing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2012-05-01', PersonDeathDate: '2025-09-10' }],
      CINplanDates: [{ LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-09-10' }],
    },
    failing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2012-05-01', PersonDeathDate: '2025-09-10' }],
      CINplanDates: [{ LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-09-11' }],
    },
    flags: [['CINplanDates', 1]],
  },
});
