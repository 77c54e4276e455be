// CIN census 2025-26 rule 8820: a child's episodes do not overlap (one may start the day another closes).
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import { cinBooleanIsFalse } from '../../ruleSupport.ts';

export const rule8820 = defineCinRule({
  code: '8820',
  message: 'The dates on the CIN episodes for this child overlap (ERROR)',
  // The episode flagged is the one whose referral falls within another: on or after its referral and
  // before its closure, or before the reference date when it is open and not a no-further-action referral.
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const episodes of context.byChild('CINdetails').values()) {
      if (episodes.length < 2) continue;
      for (const episode of episodes) {
        const referral = context.day(episode.CINreferralDate);
        if (referral === null) continue;
        const overlaps = episodes.some((other) => {
          const otherReferral = context.day(other.CINreferralDate);
          if (other === episode || otherReferral === null || referral < otherReferral) return false;
          const closure = context.day(other.CINclosureDate);
          if (closure !== null) return referral < closure;
          return other.CINclosureDate === '' && cinBooleanIsFalse(other.ReferralNFA) && referral < context.year.end;
        });
        if (overlaps) flags.push({ table: 'CINdetails', row: episode });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2025-05-01', CINclosureDate: '2025-07-01', ReferralNFA: 'false' },
        { LAchildID: 'A1', CINreferralDate: '2025-07-01', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINreferralDate: '2025-05-01', ReferralNFA: 'true' },
        { LAchildID: 'A2', CINreferralDate: '2025-07-01', ReferralNFA: 'false' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2025-05-01', CINclosureDate: '2025-07-02', ReferralNFA: 'false' },
        { LAchildID: 'A1', CINreferralDate: '2025-07-01', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINreferralDate: '2025-05-01', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINreferralDate: '2025-07-01', ReferralNFA: 'false' },
      ],
    },
    flags: [
      ['CINdetails', 2],
      ['CINdetails', 4],
    ],
  },
});
