// CIN census 2025-26 rule 8600: an episode has a referral date on or before the reference date.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8600 = defineCinRule({
  code: '8600',
  message: 'Child referral date missing or after data collection period (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINdetails', (episode) => {
      const referral = context.day(episode.CINreferralDate);
      return referral === null || referral > context.year.end;
    }),
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2026-03-31' },
        { LAchildID: 'A2', CINreferralDate: '2023-01-09' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2026-04-01' },
        { LAchildID: 'A2', CINreferralDate: '2023-01-09' },
        { LAchildID: 'A3', CINreferralDate: '' },
      ],
    },
    flags: [
      ['CINdetails', 1],
      ['CINdetails', 3],
    ],
  },
});
