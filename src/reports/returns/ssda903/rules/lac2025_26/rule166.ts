// SSDA903 2025-26 rule 166: every review has a real date.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule166 = defineRule903({
  code: '166',
  message: 'Date of review is invalid or blank.',
  tables: ['Reviews'],
  check: (context) => rowsWhere(context, 'Reviews', (review) => context.day(review.REVIEW) === null),
  examples: {
    year: '2025-26',
    passing: {
      Reviews: [
        { CHILD: '1', REVIEW: '29/02/2024' },
        { CHILD: '2', REVIEW: '31/03/2026' },
      ],
    },
    failing: {
      Reviews: [
        { CHILD: '1', REVIEW: '29/02/2025' },
        { CHILD: '2', REVIEW: '' },
        { CHILD: '3', REVIEW: '31/03/2026' },
      ],
    },
    flags: [
      ['Reviews', 1],
      ['Reviews', 2],
    ],
  },
});
