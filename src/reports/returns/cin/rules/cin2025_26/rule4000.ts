// CIN census 2025-26 rule 4000: a referral with no further action has no CIN plan.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsTrue } from '../../ruleSupport.ts';

export const rule4000 = defineCinRule({
  code: '4000',
  message: 'CIN Plan details provided for a referral with no further action (ERROR)',
  check: (context) => {
    const episodes = context.byEpisode('CINdetails');
    return cinRowsWhere(context, 'CINplanDates', (plan) =>
      cinBooleanIsTrue(episodes.get(plan.CINdetailsID)?.[0]?.ReferralNFA ?? ''),
    );
  },
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', ReferralNFA: 'false' }],
      CINplanDates: [{ LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-06-02' }],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', ReferralNFA: 'true' }],
      CINplanDates: [{ LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-06-02' }],
    },
    flags: [['CINplanDates', 1]],
  },
});
