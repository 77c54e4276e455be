// CIN census 2025-26 rule 8606: a referral is not more than 40 weeks (280 days) before the child's birth or expected birth.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { childIdentifiersOf } from '../../ruleSupport.ts';

export const rule8606 = defineCinRule({
  code: '8606',
  message: 'Child referral date is more than 40 weeks before DOB or expected DOB (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINdetails', (episode) => {
      const referral = context.day(episode.CINreferralDate);
      const child = childIdentifiersOf(context, episode.LAchildID);
      if (referral === null || !child) return false;
      return [child.PersonBirthDate, child.ExpectedPersonBirthDate].some((text) => {
        const birth = context.day(text);
        return birth !== null && referral < birth - 280;
      });
    }),
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', ExpectedPersonBirthDate: '2026-03-01' },
        { LAchildID: 'A2', PersonBirthDate: '2025-12-01' },
      ],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-25' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-06-01' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', ExpectedPersonBirthDate: '2026-03-01' },
        { LAchildID: 'A2', PersonBirthDate: '2025-12-01' },
      ],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-24' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-06-01' },
      ],
    },
    flags: [['CINdetails', 1]],
  },
});
