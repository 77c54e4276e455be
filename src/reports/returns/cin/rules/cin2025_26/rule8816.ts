// CIN census 2025-26 rule 8816: an open episode beyond referral is the child's latest referral.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import { cinBooleanIsFalse } from '../../ruleSupport.ts';

export const rule8816 = defineCinRule({
  code: '8816',
  message:
    'An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode. (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const episodes of context.byChild('CINdetails').values()) {
      let latest = Number.NEGATIVE_INFINITY;
      for (const episode of episodes) latest = Math.max(latest, context.day(episode.CINreferralDate) ?? latest);
      for (const row of episodes) {
        const referred = context.day(row.CINreferralDate);
        if (row.CINclosureDate === '' && cinBooleanIsFalse(row.ReferralNFA) && referred !== null && referred < latest)
          flags.push({ table: 'CINdetails', row });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      CINdetails: [
        {
          LAchildID: 'A1',
          CINdetailsID: '1',
          CINreferralDate: '2025-05-01',
          CINclosureDate: '2025-07-01',
          ReferralNFA: '0',
        },
        { LAchildID: 'A1', CINdetailsID: '2', CINreferralDate: '2025-09-01', ReferralNFA: '0' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', ReferralNFA: '0' },
        {
          LAchildID: 'A1',
          CINdetailsID: '2',
          CINreferralDate: '2025-09-01',
          CINclosureDate: '2025-10-01',
          ReferralNFA: '0',
        },
      ],
    },
    flags: [['CINdetails', 1]],
  },
});
