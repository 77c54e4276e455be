// CIN census 2025-26 rule 1105: a child protection plan does not start before its episode's referral date.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule1105 = defineCinRule({
  code: '1105',
  message: 'The child protection plan start date cannot be before the referral date (ERROR)',
  check: (context) => {
    const episodes = context.byEpisode('CINdetails');
    return cinRowsWhere(context, 'ChildProtectionPlans', (plan) => {
      const start = context.day(plan.CPPstartDate);
      const referral = context.day(episodes.get(plan.CINdetailsID)?.[0]?.CINreferralDate ?? '');
      return start !== null && referral !== null && start < referral;
    });
  },
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' }],
      ChildProtectionPlans: [{ LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-06-02' }],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' }],
      ChildProtectionPlans: [{ LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-05-30' }],
    },
    flags: [['ChildProtectionPlans', 1]],
  },
});
