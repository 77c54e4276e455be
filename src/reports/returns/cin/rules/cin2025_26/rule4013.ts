// CIN census 2025-26 rule 4013: a CIN plan's end date, when given, falls within the census year.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { isInCensusYear } from '../../ruleSupport.ts';

export const rule4013 = defineCinRule({
  code: '4013',
  message: 'CIN Plan end date must fall within the census year (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINplanDates', (plan) => {
      const end = context.day(plan.CINPlanEndDate);
      return end !== null && !isInCensusYear(context, end);
    }),
  examples: {
    passing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanEndDate: '2025-04-01' },
        { LAchildID: 'A2', CINPlanEndDate: '2026-03-31' },
        { LAchildID: 'A3', CINPlanEndDate: '' },
      ],
    },
    failing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanEndDate: '2025-03-31' },
        { LAchildID: 'A2', CINPlanEndDate: '2026-04-01' },
        { LAchildID: 'A3', CINPlanEndDate: '' },
      ],
    },
    flags: [
      ['CINplanDates', 1],
      ['CINplanDates', 2],
    ],
  },
});
