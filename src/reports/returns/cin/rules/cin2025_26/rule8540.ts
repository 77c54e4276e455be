// CIN census 2025-26 rule 8540: a born child beyond referral has disability codes, each valid.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import { childrenBeyondReferral } from '../../ruleSupport.ts';
import { disabilityCodes } from '../../validCodes.ts';

export const rule8540 = defineCinRule({
  code: '8540',
  message: 'Child’s disability is missing or invalid (see Disability table) (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    const beyondReferral = childrenBeyondReferral(context);
    const disabilities = context.byChild('Disabilities');
    for (const row of context.tables.ChildIdentifiers) {
      if (row.PersonBirthDate === '' || !beyondReferral.has(row.LAchildID)) continue;
      const recorded = disabilities.get(row.LAchildID) ?? [];
      if (recorded.length === 0) flags.push({ table: 'ChildIdentifiers', row });
      for (const disability of recorded)
        if (!disabilityCodes.has(disability.Disability)) flags.push({ table: 'Disabilities', row: disability });
    }
    return flags;
  },
  // An unborn child (A3) and a referral with no further action alone (A4) need no disability recorded.
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2015-02-01' },
        { LAchildID: 'A2', PersonBirthDate: '2016-03-01' },
        { LAchildID: 'A3', ExpectedPersonBirthDate: '2026-05-01' },
        { LAchildID: 'A4', PersonBirthDate: '2017-04-01' },
      ],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', ReferralNFA: '0' },
        { LAchildID: 'A2', CINdetailsID: '2', ReferralNFA: '0' },
        { LAchildID: 'A3', CINdetailsID: '3', ReferralNFA: '0' },
        { LAchildID: 'A4', CINdetailsID: '4', ReferralNFA: '1' },
      ],
      Disabilities: [
        { LAchildID: 'A1', Disability: 'NONE' },
        { LAchildID: 'A2', Disability: 'AUT' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2015-02-01' },
        { LAchildID: 'A2', PersonBirthDate: '2016-03-01' },
        { LAchildID: 'A3', ExpectedPersonBirthDate: '2026-05-01' },
        { LAchildID: 'A4', PersonBirthDate: '2017-04-01' },
      ],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', ReferralNFA: '0' },
        { LAchildID: 'A2', CINdetailsID: '2', ReferralNFA: '0' },
        { LAchildID: 'A3', CINdetailsID: '3', ReferralNFA: '0' },
        { LAchildID: 'A4', CINdetailsID: '4', ReferralNFA: '1' },
      ],
      Disabilities: [{ LAchildID: 'A2', Disability: 'AUTISM' }],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['Disabilities', 1],
    ],
  },
});
