// CIN census 2025-26 rule 8568: an episode says whether the referral was no further action (true/false, 1/0).
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsFalse, cinBooleanIsTrue } from '../../ruleSupport.ts';

export const rule8568 = defineCinRule({
  code: '8568',
  message: 'RNFA flag is missing or invalid (ERROR)',
  check: (context) =>
    cinRowsWhere(
      context,
      'CINdetails',
      (episode) => !cinBooleanIsTrue(episode.ReferralNFA) && !cinBooleanIsFalse(episode.ReferralNFA),
    ),
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', ReferralNFA: 'true' },
        { LAchildID: 'A2', ReferralNFA: '0' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', ReferralNFA: '' },
        { LAchildID: 'A2', ReferralNFA: '0' },
        { LAchildID: 'A3', ReferralNFA: 'TRUE' },
      ],
    },
    flags: [
      ['CINdetails', 1],
      ['CINdetails', 3],
    ],
  },
});
