// SSDA903 2025-26 rule 575: a missing or away period that started during an episode that has ended has
// an end date.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule575 = defineRule903({
  code: '575',
  message:
    'If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.',
  tables: ['Episodes', 'Missing'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    return rowsWhere(context, 'Missing', (period) => {
      const start = context.day(period.MIS_START);
      if (period.MIS_END !== '' || start === null) return false;
      return (episodes.get(period.CHILD) ?? []).some((episode) => {
        const began = context.day(episode.DECOM);
        const ceased = context.day(episode.DEC);
        return began !== null && ceased !== null && began <= start && start <= ceased;
      });
    });
  },
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '30/06/2025' }],
      Missing: [{ CHILD: '1', MIS_START: '30/06/2025', MIS_END: '01/07/2025' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '30/06/2025' }],
      Missing: [{ CHILD: '1', MIS_START: '30/06/2025', MIS_END: '' }],
    },
    flags: [['Missing', 1]],
  },
});
