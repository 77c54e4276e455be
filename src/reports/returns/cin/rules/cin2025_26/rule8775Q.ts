// CIN census 2025-26 rule 8775Q: a child is not over 25 while an episode is open.
import { birthdayAt } from '../../../returnDates.ts';
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8775Q = defineCinRule({
  code: '8775Q',
  message: 'Please check and either amend data or provide a reason: Child is over 25 years old (QUERY)',
  check: (context) => {
    const episodes = context.byChild('CINdetails');
    return cinRowsWhere(context, 'ChildIdentifiers', (child) => {
      const born = context.day(child.PersonBirthDate);
      if (born === null) return false;
      const twentyFifth = birthdayAt(born, 25);
      if (twentyFifth >= context.year.end) return false;
      return (episodes.get(child.LAchildID) ?? []).some((episode) => {
        const closed = context.day(episode.CINclosureDate);
        return closed === null || closed > twentyFifth;
      });
    });
  },
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2000-06-10' },
        { LAchildID: 'A2', PersonBirthDate: '2001-03-31' },
      ],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-04-20', CINclosureDate: '2025-06-10' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-04-20' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', PersonBirthDate: '2000-06-10' },
        { LAchildID: 'A2', PersonBirthDate: '2001-03-31' },
      ],
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-04-20', CINclosureDate: '2025-06-11' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-04-20' },
      ],
    },
    flags: [['ChildIdentifiers', 1]],
  },
});
