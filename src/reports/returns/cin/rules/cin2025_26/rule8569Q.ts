// CIN census 2025-26 rule 8569Q: a referral from before the census year's eve is not a no further action case.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsTrue, dayWorkingDaysBefore } from '../../ruleSupport.ts';

export const rule8569Q = defineCinRule({
  code: '8569Q',
  message:
    'A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case (QUERY)',
  check: (context) => {
    const lastWorkingDayBefore = dayWorkingDaysBefore(context.year.start, 1);
    return cinRowsWhere(context, 'CINdetails', (episode) => {
      const referred = context.day(episode.CINreferralDate);
      return referred !== null && referred < lastWorkingDayBefore && cinBooleanIsTrue(episode.ReferralNFA);
    });
  },
  // 2024-25 began on Easter Monday: the working day before it is Thursday 28 March (Good Friday between).
  examples: {
    year: '2024-25',
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2024-03-28', ReferralNFA: 'true' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2024-03-27', ReferralNFA: 'false' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2024-03-27', ReferralNFA: '1' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2024-03-27', ReferralNFA: 'false' },
      ],
    },
    flags: [['CINdetails', 1]],
  },
});
