// CIN census 2025-26 rule 4017: a child protection plan does not start while a CIN plan is open.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule4017 = defineCinRule({
  code: '4017',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan. (ERROR)',
  // A plan flagged starts on or after a CIN plan's start and before its end (or by the reference
  // date while it is open): a CIN plan may end the day the protection plan starts.
  check: (context) => {
    const flags: CinFlag[] = [];
    const cinPlans = context.byChild('CINplanDates');
    for (const plan of context.tables.ChildProtectionPlans) {
      const start = context.day(plan.CPPstartDate);
      if (start === null) continue;
      const duringCinPlan = (cinPlans.get(plan.LAchildID) ?? []).some((cinPlan) => {
        const cinStart = context.day(cinPlan.CINPlanStartDate);
        if (cinStart === null || start < cinStart) return false;
        const cinEnd = context.day(cinPlan.CINPlanEndDate);
        return cinEnd !== null ? start < cinEnd : cinPlan.CINPlanEndDate === '' && start <= context.year.end;
      });
      if (duringCinPlan) flags.push({ table: 'ChildProtectionPlans', row: plan });
    }
    return flags;
  },
  examples: {
    passing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '2025-07-01' },
        { LAchildID: 'A2', CINPlanStartDate: '2025-09-01', CINPlanEndDate: '' },
      ],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-07-01' },
        { LAchildID: 'A2', CPPstartDate: '2025-08-31' },
      ],
    },
    failing: {
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '2025-07-02' },
        { LAchildID: 'A2', CINPlanStartDate: '2025-09-01', CINPlanEndDate: '' },
      ],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-07-01' },
        { LAchildID: 'A2', CPPstartDate: '2025-09-01' },
      ],
    },
    flags: [
      ['ChildProtectionPlans', 1],
      ['ChildProtectionPlans', 2],
    ],
  },
});
