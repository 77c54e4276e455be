// CIN census 2025-26 rule 8772: a child whose UPN is unknown as UN7 has only referrals with no further action.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsTrue } from '../../ruleSupport.ts';

export const rule8772 = defineCinRule({
  code: '8772',
  message:
    'UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action (ERROR)',
  check: (context) => {
    const episodes = context.byChild('CINdetails');
    return cinRowsWhere(
      context,
      'ChildIdentifiers',
      (child) =>
        child.UPNunknown === 'UN7' &&
        (episodes.get(child.LAchildID) ?? []).some((episode) => !cinBooleanIsTrue(episode.ReferralNFA)),
    );
  },
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPNunknown: 'UN7' },
        { LAchildID: 'A2', UPNunknown: 'UN1' },
      ],
      CINdetails: [
        { LAchildID: 'A1', ReferralNFA: 'true' },
        { LAchildID: 'A1', ReferralNFA: '1' },
        { LAchildID: 'A2', ReferralNFA: 'false' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPNunknown: 'UN7' },
        { LAchildID: 'A2', UPNunknown: 'UN1' },
      ],
      CINdetails: [
        { LAchildID: 'A1', ReferralNFA: 'true' },
        { LAchildID: 'A1', ReferralNFA: '0' },
        { LAchildID: 'A2', ReferralNFA: 'false' },
      ],
    },
    flags: [['ChildIdentifiers', 1]],
  },
});
