// SSDA903 2025-26 rule 359: a child still looked after at 31 March who turned 18 before it is accommodated under section 20 (V2) in a children's home (K2).
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';
import { birthDays } from '../../ruleSupport.ts';

export const rule359 = defineRule903({
  code: '359',
  message:
    'Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.',
  tables: ['Header', 'Episodes'],
  check: (context) => {
    const born = birthDays(context);
    return rowsWhere(context, 'Episodes', (episode) => {
      const birth = born.get(episode.CHILD);
      return (
        episode.DEC === '' &&
        birth !== undefined &&
        birthdayAt(birth, 18) < context.year.end &&
        !(episode.LS === 'V2' && episode.PLACE === 'K2')
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', DOB: '30/03/2008' },
        { CHILD: '2', DOB: '31/03/2008' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'V2', PLACE: 'K2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'C2', PLACE: 'U1' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '30/03/2008' },
        { CHILD: '2', DOB: '31/03/2008' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2', PLACE: 'K2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'C2', PLACE: 'U1' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
