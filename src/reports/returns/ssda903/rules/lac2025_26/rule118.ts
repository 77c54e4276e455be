// SSDA903 2025-26 rule 118: a decision to place for adoption is not reversed before the year began or before the child's first episode (other than short breaks).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule118 = defineRule903({
  code: '118',
  message:
    'Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.',
  tables: ['Episodes', 'PlacedAdoption'],
  check: (context) => {
    const episodes = episodesInOrder(context);
    return rowsWhere(context, 'PlacedAdoption', (decision) => {
      const reversed = context.day(decision.DATE_PLACED_CEASED);
      if (reversed === null) return false;
      const first = episodes.get(decision.CHILD)?.find((episode) => episode.LS !== 'V3' && episode.LS !== 'V4');
      const started = first ? context.day(first.DECOM) : null;
      return reversed < context.year.start || (started !== null && reversed < started);
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', LS: 'V3' },
        { CHILD: '1', DECOM: '01/05/2025', LS: 'C2' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/05/2025' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', LS: 'V3' },
        { CHILD: '1', DECOM: '01/05/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '01/03/2025', LS: 'C2' },
      ],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '30/04/2025' },
        { CHILD: '2', DATE_PLACED: '01/03/2025', DATE_PLACED_CEASED: '31/03/2025' },
      ],
    },
    flags: [
      ['PlacedAdoption', 1],
      ['PlacedAdoption', 2],
    ],
  },
});
