// CIN census 2025-26 rule 8630: an episode does not close before its referral date.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8630 = defineCinRule({
  code: '8630',
  message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINdetails', (episode) => {
      const closed = context.day(episode.CINclosureDate);
      const referred = context.day(episode.CINreferralDate);
      return closed !== null && referred !== null && closed < referred;
    }),
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02', CINclosureDate: '2025-06-02' }],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02', CINclosureDate: '2025-06-01' }],
    },
    flags: [['CINdetails', 1]],
  },
});
