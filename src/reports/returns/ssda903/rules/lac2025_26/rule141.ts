// SSDA903 2025-26 rule 141: the date the episode began (DECOM) is a valid DD/MM/YYYY date.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule141 = defineRule903({
  code: '141',
  message: 'Date episode began is not a valid date.',
  tables: ['Episodes'],
  // Every episode has a start, so a blank DECOM is not a valid date either.
  check: (context) => rowsWhere(context, 'Episodes', (episode) => context.day(episode.DECOM) === null),
  examples: {
    passing: { Episodes: [{ CHILD: '1', DECOM: '29/02/2024' }] },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '29/02/2025' },
        { CHILD: '2', DECOM: '2025-04-01' },
        { CHILD: '3', DECOM: '' },
        { CHILD: '4', DECOM: '01/04/2025' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
