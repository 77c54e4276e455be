// CIN census 2025-26 rule 8940: a child's child protection plans do not overlap.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule8940 = defineCinRule({
  code: '8940',
  message: 'Child Protection Plan data contains overlapping dates (ERROR)',
  // The plan flagged is the one whose start falls on or between another plan's start and its end
  // (or the reference date while that plan is open).
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const plans of context.byChild('ChildProtectionPlans').values()) {
      if (plans.length < 2) continue;
      for (const plan of plans) {
        const start = context.day(plan.CPPstartDate);
        if (start === null) continue;
        const overlaps = plans.some((other) => {
          const otherStart = context.day(other.CPPstartDate);
          if (other === plan || otherStart === null || start < otherStart) return false;
          const end = context.day(other.CPPendDate);
          return end !== null ? start <= end : other.CPPendDate === '' && start <= context.year.end;
        });
        if (overlaps) flags.push({ table: 'ChildProtectionPlans', row: plan });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-05-01', CPPendDate: '2025-06-30' },
        { LAchildID: 'A1', CPPstartDate: '2025-07-01', CPPendDate: '' },
        { LAchildID: 'A2', CPPstartDate: '2025-07-01', CPPendDate: '' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CPPstartDate: '2025-05-01', CPPendDate: '2025-07-01' },
        { LAchildID: 'A1', CPPstartDate: '2025-07-01', CPPendDate: '' },
        { LAchildID: 'A2', CPPstartDate: '2025-07-01', CPPendDate: '' },
      ],
    },
    flags: [['ChildProtectionPlans', 2]],
  },
});
