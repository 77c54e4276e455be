// SSDA903 2025-26 rule 602: a child with adoption details in AD1 has an episode that ended in adoption (E11, E12) this year.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule602 = defineRule903({
  code: '602',
  message: 'The episode data submitted for this child does not show that he/she was adopted during the year.',
  tables: ['Episodes', 'AD1'],
  check: (context) => {
    const { start, end } = context.year;
    const adopted = new Set<string>();
    for (const episode of context.tables.Episodes) {
      const ceased = context.day(episode.DEC);
      if ((episode.REC === 'E11' || episode.REC === 'E12') && ceased !== null && ceased >= start && ceased <= end)
        adopted.add(episode.CHILD);
    }
    return rowsWhere(
      context,
      'AD1',
      (adoption) =>
        !adopted.has(adoption.CHILD) &&
        [
          adoption.DATE_INT,
          adoption.DATE_MATCH,
          adoption.FOSTER_CARE,
          adoption.NB_ADOPTR,
          adoption.SEX_ADOPTR,
          adoption.LS_ADOPTR,
        ].some((value) => value !== ''),
    );
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/10/2024', DEC: '31/03/2026', REC: 'E11' }],
      AD1: [{ CHILD: '1', DATE_INT: '01/06/2024', DATE_MATCH: '01/07/2024', FOSTER_CARE: '0' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '01/10/2024', DEC: '31/03/2025', REC: 'E11' }],
      AD1: [{ CHILD: '1', DATE_INT: '01/06/2024', DATE_MATCH: '01/07/2024', FOSTER_CARE: '0' }],
    },
    flags: [['AD1', 1]],
  },
});
