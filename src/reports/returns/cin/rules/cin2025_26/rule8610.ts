// CIN census 2025-26 rule 8610: a referral that led to further action has a primary need code.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsFalse } from '../../ruleSupport.ts';

export const rule8610 = defineCinRule({
  code: '8610',
  message: 'Primary Need code is missing for a referral which led to further action. (ERROR)',
  check: (context) =>
    cinRowsWhere(
      context,
      'CINdetails',
      (episode) => cinBooleanIsFalse(episode.ReferralNFA) && episode.PrimaryNeedCode === '',
    ),
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', ReferralNFA: 'false', PrimaryNeedCode: 'N1' },
        { LAchildID: 'A2', ReferralNFA: 'true', PrimaryNeedCode: '' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', ReferralNFA: '0', PrimaryNeedCode: '' },
        { LAchildID: 'A2', ReferralNFA: 'true', PrimaryNeedCode: '' },
      ],
    },
    flags: [['CINdetails', 1]],
  },
});
