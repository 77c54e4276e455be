// SSDA903 2025-26 rule 367: a child has no more than 75 days of short breaks (legal status V3) in the collection year's 12 months.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule367 = defineRule903({
  code: '367',
  message: 'The maximum amount of respite care allowable is 75 days in any 12-month period.',
  tables: ['Episodes'],
  check: (context) => {
    const { start, end } = context.year;
    const days = new Map<string, number>();
    const withinYear = (episode: { DECOM: string; DEC: string }) => {
      const from = Math.max(context.day(episode.DECOM) ?? end, start);
      const to = Math.min(context.day(episode.DEC) ?? end, end);
      return Math.max(to - from, 0);
    };
    for (const episode of context.tables.Episodes)
      if (episode.LS === 'V3') days.set(episode.CHILD, (days.get(episode.CHILD) ?? 0) + withinYear(episode));
    return rowsWhere(
      context,
      'Episodes',
      (episode) => episode.LS === 'V3' && withinYear(episode) > 0 && (days.get(episode.CHILD) ?? 0) > 75,
    );
  },
  examples: {
    year: '2025-26',
    // 10 days in April, 30 in March and 35 (passing) or 36 (failing) over the new year.
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', DEC: '11/04/2025', LS: 'V3' },
        { CHILD: '1', DECOM: '01/03/2026', LS: 'V3' },
        { CHILD: '1', DECOM: '01/12/2025', DEC: '05/01/2026', LS: 'V3' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', DEC: '11/04/2025', LS: 'V3' },
        { CHILD: '1', DECOM: '01/03/2026', LS: 'V3' },
        { CHILD: '1', DECOM: '01/12/2025', DEC: '06/01/2026', LS: 'V3' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
