// CIN census 2025-26 rule 8810: an episode with a reason for closure has a closure date.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8810 = defineCinRule({
  code: '8810',
  message: 'A CIN case cannot have a Reason for Closure without a CIN Closure Date (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINdetails', (episode) => episode.ReasonForClosure !== '' && episode.CINclosureDate === ''),
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC1' },
        { LAchildID: 'A2', CINdetailsID: '2' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01', ReasonForClosure: 'RC1' },
        { LAchildID: 'A2', CINdetailsID: '2', ReasonForClosure: 'RC3' },
      ],
    },
    flags: [['CINdetails', 2]],
  },
});
