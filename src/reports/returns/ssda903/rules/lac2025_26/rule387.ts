// SSDA903 2025-26 rule 387: an episode that ends with the child moving to independent living (REC E5, E6) ends on or after their 14th birthday.
import { defineRule903 } from '../../rule.ts';
import { episodesWhereAge } from '../../ruleSupport.ts';

const applies = new Set(['E5', 'E6']);

export const rule387 = defineRule903({
  code: '387',
  message: 'Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.',
  tables: ['Header', 'Episodes'],
  check: (context) =>
    episodesWhereAge(
      context,
      'DEC',
      (episode) => applies.has(episode.REC),
      (age) => age < 14,
    ),
  examples: {
    passing: {
      Header: [{ CHILD: '1', DOB: '29/02/2012' }],
      Episodes: [{ CHILD: '1', REC: 'E5', DEC: '01/03/2026' }],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '29/02/2012' }],
      Episodes: [
        { CHILD: '1', REC: 'E5', DEC: '01/03/2026' },
        { CHILD: '1', REC: 'E5', DEC: '28/02/2026' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
