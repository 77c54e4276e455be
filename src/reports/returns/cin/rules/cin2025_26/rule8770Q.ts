// CIN census 2025-26 rule 8770Q: a child of school age has a UPN or a reason for none other than UN1.
import { dayFromParts } from '../../../returnDates.ts';
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { childrenBeyondReferral } from '../../ruleSupport.ts';
import { schoolAgeUpnUnknownCodes } from '../../validCodes.ts';

export const rule8770Q = defineCinRule({
  code: '8770Q',
  message:
    'Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age. (QUERY)',
  check: (context) => {
    // Of school age: born on or before 31 August six years before the August after the census
    // year, so in year 1 or above by its end (31 August 2020 for 2025-26).
    const lastSchoolAgeBirthday = dayFromParts(context.year.firstYear - 5, 8, 31) as number;
    const beyondReferral = childrenBeyondReferral(context);
    return cinRowsWhere(context, 'ChildIdentifiers', (child) => {
      const born = context.day(child.PersonBirthDate);
      return (
        born !== null &&
        born <= lastSchoolAgeBirthday &&
        beyondReferral.has(child.LAchildID) &&
        child.UPN === '' &&
        !schoolAgeUpnUnknownCodes.has(child.UPNunknown)
      );
    });
  },
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2020-08-31', UPN: '', UPNunknown: 'UN2' },
        { LAchildID: 'A2', PersonBirthDate: '2020-09-01', UPN: '', UPNunknown: 'UN1' },
      ],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINdetailsID: '2', ReferralNFA: 'false' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2020-08-31', UPN: '', UPNunknown: 'UN1' },
        { LAchildID: 'A2', PersonBirthDate: '2020-09-01', UPN: '', UPNunknown: 'UN1' },
      ],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', ReferralNFA: 'false' },
        { LAchildID: 'A2', CINdetailsID: '2', ReferralNFA: 'false' },
      ],
    },
    flags: [['ChildIdentifiers', 1]],
  },
});
