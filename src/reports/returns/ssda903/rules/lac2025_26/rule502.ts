// SSDA903 2025-26 rule 502: the first episode this year starts when the episode left open at the end of last year started.
import { defineRule903 } from '../../rule.ts';
import { episodesInOrder, openAtEndOfLastYear } from '../../ruleSupport.ts';

export const rule502 = defineRule903({
  code: '502',
  message:
    "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.",
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) => {
    const ordered = episodesInOrder(context);
    return [...openAtEndOfLastYear(context)].flatMap(([child, openLastYear]) => {
      const first = ordered.get(child)?.[0];
      return first && context.day(first.DECOM) !== context.day(openLastYear.DECOM)
        ? [{ table: 'Episodes' as const, row: first }]
        : [];
    });
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '29/02/2024' },
        { CHILD: '1', DECOM: '01/06/2025' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '29/02/2024' }] },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2024' },
        { CHILD: '1', DECOM: '01/06/2025' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '29/02/2024' }] },
    },
    flags: [['Episodes', 1]],
  },
});
