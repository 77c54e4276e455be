// CIN census 2025-26 rule 4016: a CIN plan does not start while a child protection plan is open.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule4016 = defineCinRule({
  code: '4016',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan. (ERROR)',
  // A CIN plan flagged starts on or after a protection plan's start and before its end (or by the
  // reference date while it is open): a CIN plan may start the day the protection plan ends.
  check: (context) => {
    const flags: CinFlag[] = [];
    const protectionPlans = context.byChild('ChildProtectionPlans');
    for (const cinPlan of context.tables.CINplanDates) {
      const start = context.day(cinPlan.CINPlanStartDate);
      if (start === null) continue;
      const duringProtectionPlan = (protectionPlans.get(cinPlan.LAchildID) ?? []).some((plan) => {
        const planStart = context.day(plan.CPPstartDate);
        if (planStart === null || start < planStart) return false;
        const planEnd = context.day(plan.CPPendDate);
        return planEnd !== null ? start < planEnd : plan.CPPendDate === '' && start <= context.year.end;
      });
      if (duringProtectionPlan) flags.push({ table: 'CINplanDates', row: cinPlan });
    }
    return flags;
  },
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-05-01', CPPendDate: '2025-07-01' },
        { LAchildID: 'A2', CPPstartDate: '2025-09-01', CPPendDate: '' },
      ],
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2025-07-01' },
        { LAchildID: 'A2', CINPlanStartDate: '2025-08-31' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-05-01', CPPendDate: '2025-07-02' },
        { LAchildID: 'A2', CPPstartDate: '2025-09-01', CPPendDate: '' },
      ],
      CINplanDates: [
        { LAchildID: 'A1', CINPlanStartDate: '2025-07-01' },
        { LAchildID: 'A2', CINPlanStartDate: '2025-09-01' },
      ],
    },
    flags: [
      ['CINplanDates', 1],
      ['CINplanDates', 2],
    ],
  },
});
