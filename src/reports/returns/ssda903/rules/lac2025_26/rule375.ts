// SSDA903 2025-26 rule 375: a temporary placement in hospital (T1) lasts at most 42 days (one still open at 31 March has lasted until then).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule375 = defineRule903({
  code: '375',
  message: 'Hospitalisation coded as a temporary placement exceeds six weeks.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      const ended = episode.DEC === '' ? context.year.end : context.day(episode.DEC);
      return episode.PLACE === 'T1' && started !== null && ended !== null && ended - started > 42;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '19/01/2024', DEC: '01/03/2024', REC: 'X1', PLACE: 'T1' },
        { CHILD: '2', DECOM: '17/02/2026', PLACE: 'T1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '19/01/2024', DEC: '02/03/2024', REC: 'X1', PLACE: 'T1' },
        { CHILD: '2', DECOM: '16/02/2026', PLACE: 'T1' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
