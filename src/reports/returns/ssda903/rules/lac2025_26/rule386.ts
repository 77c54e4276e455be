// SSDA903 2025-26 rule 386: an episode ending in adoption (REC E11, E12) ends before the child's 18th birthday.
import { defineRule903 } from '../../rule.ts';
import { episodesWhereAge } from '../../ruleSupport.ts';

const applies = new Set(['E11', 'E12']);

export const rule386 = defineRule903({
  code: '386',
  message: 'Reason episode ceased is adopted but child has reached age 18.',
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
      Episodes: [{ CHILD: '1', REC: 'E11', DEC: '14/10/2025' }],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '15/10/2007' }],
      Episodes: [
        { CHILD: '1', REC: 'E11', DEC: '14/10/2025' },
        { CHILD: '1', REC: 'E11', DEC: '15/10/2025' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
