// CIN census 2025-26 rule 8555Q: a child is not referred after their recorded date of death.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { childIdentifiersOf } from '../../ruleSupport.ts';

export const rule8555Q = defineCinRule({
  code: '8555Q',
  message: 'Child cannot be referred after its recorded date of death (QUERY)',
  check: (context) =>
    cinRowsWhere(context, 'CINdetails', (episode) => {
      const referral = context.day(episode.CINreferralDate);
      const death = context.day(childIdentifiersOf(context, episode.LAchildID)?.PersonDeathDate ?? '');
      return referral !== null && death !== null && referral > death;
    }),
  examples: {
    passing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonDeathDate: '2025-09-01' }, { LAchildID: 'A2' }],
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2025-09-01' },
        { LAchildID: 'A2', CINreferralDate: '2025-09-02' },
      ],
    },
    failing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonDeathDate: '2025-09-01' }, { LAchildID: 'A2' }],
      CINdetails: [
        { LAchildID: 'A1', CINreferralDate: '2025-09-02' },
        { LAchildID: 'A2', CINreferralDate: '2025-09-02' },
      ],
    },
    flags: [['CINdetails', 1]],
  },
});
