// SSDA903 2025-26 rule 365: a short-term break episode (V3) lasts at most 17 days (one still open at 31 March has lasted until then).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule365 = defineRule903({
  code: '365',
  message: 'Any individual short- term respite placement must not exceed 17 days.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      const ended = episode.DEC === '' ? context.year.end : context.day(episode.DEC);
      return episode.LS === 'V3' && started !== null && ended !== null && ended - started > 17;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '15/02/2024', DEC: '03/03/2024', REC: 'E13', LS: 'V3' },
        { CHILD: '2', DECOM: '14/03/2026', LS: 'V3' },
        { CHILD: '3', DECOM: '01/04/2025', LS: 'V4' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '15/02/2024', DEC: '04/03/2024', REC: 'E13', LS: 'V3' },
        { CHILD: '2', DECOM: '13/03/2026', LS: 'V3' },
        { CHILD: '3', DECOM: '01/04/2025', LS: 'V4' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
