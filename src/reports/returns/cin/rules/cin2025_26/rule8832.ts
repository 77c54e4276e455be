// CIN census 2025-26 rule 8832: an episode that is a referral with no further action has no child protection plan.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsTrue, cinEpisodeById } from '../../ruleSupport.ts';

export const rule8832 = defineCinRule({
  code: '8832',
  message: 'Child Protection details provided for a referral with no further action. (ERROR)',
  check: (context) => {
    const episodes = cinEpisodeById(context);
    return cinRowsWhere(context, 'ChildProtectionPlans', (plan) =>
      cinBooleanIsTrue(episodes.get(plan.CINdetailsID)?.ReferralNFA ?? ''),
    );
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINdetailsID: '2', ReferralNFA: 'true' },
      ],
      ChildProtectionPlans: [{ LAchildID: 'A1', CINdetailsID: '1', CPPstartDate: '2025-06-02' }],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINdetailsID: '2', ReferralNFA: 'true' },
      ],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPstartDate: '2025-06-02' },
        { LAchildID: 'A2', CINdetailsID: '2', CPPstartDate: '2025-06-02' },
      ],
    },
    flags: [['ChildProtectionPlans', 2]],
  },
});
