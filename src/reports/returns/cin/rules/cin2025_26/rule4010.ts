// CIN census 2025-26 rule 4010: a CIN plan has a start date on or before the reference date.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule4010 = defineCinRule({
  code: '4010',
  message: 'CIN Plan start date is missing or out of data collection period (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINplanDates', (plan) => {
      const start = context.day(plan.CINPlanStartDate);
      return start === null || start > context.year.end;
    }),
  examples: {
    passing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2026-03-31' },
        { LAchildID: 'A2', CINPlanStartDate: '2024-11-04' },
      ],
    },
    failing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2026-04-01' },
        { LAchildID: 'A2', CINPlanStartDate: '2024-11-04' },
        { LAchildID: 'A3', CINPlanStartDate: '' },
      ],
    },
    flags: [
      ['CINplanDates', 1],
      ['CINplanDates', 3],
    ],
  },
});
