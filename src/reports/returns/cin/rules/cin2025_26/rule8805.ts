// CIN census 2025-26 rule 8805: a closed episode gives its reason for closure.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8805 = defineCinRule({
  code: '8805',
  message: 'A CIN case cannot have a CIN closure date without a Reason for Closure (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'CINdetails', (episode) => episode.CINclosureDate !== '' && episode.ReasonForClosure === ''),
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINclosureDate: '2025-09-01', ReasonForClosure: 'RC1' },
        { LAchildID: 'A2', CINclosureDate: '', ReasonForClosure: '' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINclosureDate: '2025-09-01', ReasonForClosure: '' },
        { LAchildID: 'A2', CINclosureDate: '', ReasonForClosure: '' },
      ],
    },
    flags: [['CINdetails', 1]],
  },
});
