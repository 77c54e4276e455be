// SSDA903 2025-26 rule 379: a temporary placement for an unspecified reason (T4) lasts at most 7 days (one still open at 31 March has lasted until then).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule379 = defineRule903({
  code: '379',
  message: 'Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      const ended = episode.DEC === '' ? context.year.end : context.day(episode.DEC);
      return episode.PLACE === 'T4' && started !== null && ended !== null && ended - started > 7;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '26/02/2024', DEC: '04/03/2024', REC: 'X1', PLACE: 'T4' },
        { CHILD: '2', DECOM: '24/03/2026', PLACE: 'T4' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '26/02/2024', DEC: '05/03/2024', REC: 'X1', PLACE: 'T4' },
        { CHILD: '2', DECOM: '23/03/2026', PLACE: 'T4' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
