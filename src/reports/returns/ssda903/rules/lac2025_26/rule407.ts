// SSDA903 2025-26 rule 407: an episode ending in a special guardianship order (REC E45–E48) ends before the child's 18th birthday.
import { defineRule903 } from '../../rule.ts';
import { episodesWhereAge } from '../../ruleSupport.ts';

const applies = new Set(['E45', 'E46', 'E47', 'E48']);

export const rule407 = defineRule903({
  code: '407',
  message: 'Reason episode ceased is Special Guardianship Order, but child has reached age 18.',
  tables: ['Header', 'Episodes'],
  check: (context) =>
    episodesWhereAge(
      context,
      'DEC',
      (episode) => applies.has(episode.REC),
      (age) => age >= 18,
    ),
  examples: {
    passing: {
      Header: [{ CHILD: '1', DOB: '15/10/2007' }],
      Episodes: [{ CHILD: '1', REC: 'E45', DEC: '14/10/2025' }],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '15/10/2007' }],
      Episodes: [
        { CHILD: '1', REC: 'E45', DEC: '14/10/2025' },
        { CHILD: '1', REC: 'E45', DEC: '15/10/2025' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
