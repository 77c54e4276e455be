// SSDA903 2025-26 rule NoE: a child whose episode started before this year has episodes in last year's return.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleNoE = defineRule903({
  code: 'NoE',
  message:
    'This child has no episodes loaded for previous year even though child started to be looked after before this current year.',
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('Episodes');
    return rowsWhere(context, 'Episodes', (episode) => {
      const began = context.day(episode.DECOM);
      return began !== null && began < context.year.start && !lastYear.has(episode.CHILD);
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '31/03/2025' },
        { CHILD: '2', DECOM: '01/04/2025' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '31/03/2025' }] },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '31/03/2025' },
        { CHILD: '2', DECOM: '01/04/2025' },
        { CHILD: '3', DECOM: '31/03/2025' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '31/03/2025' }] },
    },
    flags: [['Episodes', 3]],
  },
});
