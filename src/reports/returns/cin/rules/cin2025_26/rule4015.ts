// CIN census 2025-26 rule 4015: a CIN plan does not start before its episode's referral.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinEpisodeById } from '../../ruleSupport.ts';

export const rule4015 = defineCinRule({
  code: '4015',
  message: 'The CIN Plan start date cannot be before the referral date (ERROR)',
  check: (context) => {
    const episodes = cinEpisodeById(context);
    return cinRowsWhere(context, 'CINplanDates', (plan) => {
      const start = context.day(plan.CINPlanStartDate);
      const referral = context.day(episodes.get(plan.CINdetailsID)?.CINreferralDate ?? '');
      return start !== null && referral !== null && start < referral;
    });
  },
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' }],
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-06-02' },
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-07-01' },
      ],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' }],
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-06-01' },
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-07-01' },
      ],
    },
    flags: [['CINplanDates', 1]],
  },
});
