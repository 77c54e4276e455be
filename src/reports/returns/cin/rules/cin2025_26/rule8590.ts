// CIN census 2025-26 rule 8590: each child has at least one CIN episode.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8590 = defineCinRule({
  code: '8590',
  message: 'Child does not have a recorded CIN episode. (ERROR)',
  check: (context) => {
    const episodes = context.byChild('CINdetails');
    return cinRowsWhere(context, 'ChildIdentifiers', (child) => !episodes.has(child.LAchildID));
  },
  examples: {
    passing: {
      ChildIdentifiers: [{ LAchildID: 'A1' }, { LAchildID: 'A2' }],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-05-01' },
      ],
    },
    failing: {
      ChildIdentifiers: [{ LAchildID: 'A1' }, { LAchildID: 'A2' }],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01' },
        { LAchildID: 'A1', CINdetailsID: '2', CINreferralDate: '2025-05-01' },
      ],
    },
    flags: [['ChildIdentifiers', 2]],
  },
});
