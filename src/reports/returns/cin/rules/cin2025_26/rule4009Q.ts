// CIN census 2025-26 rule 4009Q: a CIN plan does not end after the child's date of death.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { deathDays } from '../../ruleSupport.ts';

export const rule4009Q = defineCinRule({
  code: '4009Q',
  message: 'CIN Plan cannot end after the child’s Date of Death (QUERY)',
  check: (context) => {
    const died = deathDays(context);
    return cinRowsWhere(context, 'CINplanDates', (plan) => {
      const death = died.get(plan.LAchildID);
      const end = context.day(plan.CINPlanEndDate);
      return death !== undefined && end !== null && end > death;
    });
  },
  examples: {
    passing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2012-05-01', PersonDeathDate: '2025-09-10' }],
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '2025-09-10' },
      ],
    },
    failing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2012-05-01', PersonDeathDate: '2025-09-10' }],
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-06-02', CINPlanEndDate: '2025-09-11' },
      ],
    },
    flags: [['CINplanDates', 1]],
  },
});
