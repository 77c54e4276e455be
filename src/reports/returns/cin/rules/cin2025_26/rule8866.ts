// CIN census 2025-26 rule 8866: a referral from 1 April 2013 gives a valid source of referral.
import { dayFromParts } from '../../../returnDates.ts';
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinReferralSourceCodes } from '../../validCodes.ts';

/** Source of referral was first collected for referrals from 1 April 2013. */
const sourceCollectedFrom = dayFromParts(2013, 4, 1) as number;

export const rule8866 = defineCinRule({
  code: '8866',
  message: 'Source of Referral is missing or an invalid code (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINdetails', (episode) => {
      const referral = context.day(episode.CINreferralDate);
      return (
        referral !== null && referral >= sourceCollectedFrom && !cinReferralSourceCodes.has(episode.ReferralSource)
      );
    }),
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2013-04-01', ReferralSource: '10' },
        { LAchildID: 'A2', CINreferralDate: '2013-03-31', ReferralSource: '' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2013-04-01', ReferralSource: '' },
        { LAchildID: 'A2', CINreferralDate: '2013-03-31', ReferralSource: '' },
        { LAchildID: 'A3', CINreferralDate: '2025-06-02', ReferralSource: '5E' },
      ],
    },
    flags: [
      ['CINdetails', 1],
      ['CINdetails', 3],
    ],
  },
});
