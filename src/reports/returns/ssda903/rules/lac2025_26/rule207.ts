// SSDA903 2025-26 rule 207: a child recorded as a mother last year, and looked after this year, is still recorded as a mother (MOTHER 1).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule207 = defineRule903({
  code: '207',
  message: 'Mother status for the current year disagrees with the mother status already recorded for this child.',
  tables: ['Header', 'Episodes'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('Header');
    const episodes = context.byChild('Episodes');
    return rowsWhere(
      context,
      'Header',
      (child) =>
        child.MOTHER !== '1' &&
        episodes.has(child.CHILD) &&
        (lastYear.get(child.CHILD) ?? []).some((before) => before.MOTHER === '1'),
    );
  },
  examples: {
    passing: {
      Header: [
        { CHILD: '1', MOTHER: '1' },
        { CHILD: '2', MOTHER: '1' },
      ],
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025' }],
      previous: {
        Header: [
          { CHILD: '1', MOTHER: '1' },
          { CHILD: '2', MOTHER: '0' },
        ],
      },
    },
    failing: {
      Header: [
        { CHILD: '1', MOTHER: '0' },
        { CHILD: '2', MOTHER: '1' },
      ],
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025' }],
      previous: {
        Header: [
          { CHILD: '1', MOTHER: '1' },
          { CHILD: '2', MOTHER: '0' },
        ],
      },
    },
    flags: [['Header', 1]],
  },
});
