// SSDA903 2025-26 rule 352: a child who starts to be looked after (RNE S) is under 18 on the day they start.
import { defineRule903 } from '../../rule.ts';
import { episodesWhereAge } from '../../ruleSupport.ts';

const applies = new Set(['S']);

export const rule352 = defineRule903({
  code: '352',
  message: 'Child who started to be looked after was aged 18 or over.',
  tables: ['Header', 'Episodes'],
  check: (context) =>
    episodesWhereAge(
      context,
      'DECOM',
      (episode) => applies.has(episode.RNE),
      (age) => age >= 18,
    ),
  examples: {
    passing: {
      Header: [{ CHILD: '1', DOB: '01/04/2008' }],
      Episodes: [{ CHILD: '1', RNE: 'S', DECOM: '31/03/2026' }],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '01/04/2008' }],
      Episodes: [
        { CHILD: '1', RNE: 'S', DECOM: '31/03/2026' },
        { CHILD: '1', RNE: 'S', DECOM: '01/04/2026' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
