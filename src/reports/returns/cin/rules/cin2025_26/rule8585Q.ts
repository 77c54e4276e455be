// CIN census 2025-26 rule 8585Q: an episode closed because the child died (RC2) has a date of death.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { deathDays } from '../../ruleSupport.ts';

export const rule8585Q = defineCinRule({
  code: '8585Q',
  message:
    'Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death (QUERY)',
  check: (context) => {
    const died = deathDays(context);
    return cinRowsWhere(
      context,
      'CINdetails',
      (episode) => episode.ReasonForClosure === 'RC2' && !died.has(episode.LAchildID),
    );
  },
  examples: {
    passing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2012-05-01', PersonDeathDate: '2025-09-10' }],
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-09-12', ReasonForClosure: 'RC2' }],
    },
    failing: {
      ChildIdentifiers: [{ LAchildID: 'A1', PersonBirthDate: '2012-05-01', PersonDeathDate: '' }],
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-09-12', ReasonForClosure: 'RC2' }],
    },
    flags: [['CINdetails', 1]],
  },
});
