// CIN census 2025-26 rule 8815: a child has at most one open episode that is not a referral with no further action.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import { cinBooleanIsFalse } from '../../ruleSupport.ts';

export const rule8815 = defineCinRule({
  code: '8815',
  message:
    'More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action. (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const episodes of context.byChild('CINdetails').values()) {
      const open = episodes.filter(
        (episode) => episode.CINclosureDate === '' && cinBooleanIsFalse(episode.ReferralNFA),
      );
      if (open.length > 1) for (const episode of open) flags.push({ table: 'CINdetails', row: episode });
    }
    return flags;
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
        { LAchildID: 'A1', CINreferralDate: '2025-10-01', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINreferralDate: '2025-05-01', CINclosureDate: '2025-08-01', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINreferralDate: '2025-10-01', ReferralNFA: 'false' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
        { LAchildID: 'A1', CINreferralDate: '2025-10-01', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINreferralDate: '2025-05-01', CINclosureDate: '', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINreferralDate: '2025-10-01', ReferralNFA: 'false' },
      ],
    },
    flags: [
      ['CINdetails', 3],
      ['CINdetails', 4],
    ],
  },
});
