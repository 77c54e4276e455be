// SSDA903 2025-26 rule 358: a child with a youth justice legal status (LS J1, J2, J3) is aged 10 or over when the episode starts.
import { defineRule903 } from '../../rule.ts';
import { episodesWhereAge } from '../../ruleSupport.ts';

const applies = new Set(['J1', 'J2', 'J3']);

export const rule358 = defineRule903({
  code: '358',
  message: 'Child with this legal status should not be under 10.',
  tables: ['Header', 'Episodes'],
  check: (context) =>
    episodesWhereAge(
      context,
      'DECOM',
      (episode) => applies.has(episode.LS),
      (age) => age < 10,
    ),
  examples: {
    passing: {
      Header: [{ CHILD: '1', DOB: '29/02/2016' }],
      Episodes: [{ CHILD: '1', LS: 'J2', DECOM: '01/03/2026' }],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '29/02/2016' }],
      Episodes: [
        { CHILD: '1', LS: 'J2', DECOM: '01/03/2026' },
        { CHILD: '1', LS: 'J2', DECOM: '28/02/2026' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
