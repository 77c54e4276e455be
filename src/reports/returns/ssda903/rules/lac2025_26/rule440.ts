// SSDA903 2025-26 rule 440: participation code PN0 (child under 4 at the review) only for a child under 4.
import { ageInYears } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule440 = defineRule903({
  code: '440',
  message:
    'Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.',
  tables: ['Reviews'],
  check: (context) =>
    rowsWhere(context, 'Reviews', (review) => {
      if (review.REVIEW_CODE !== 'PN0') return false;
      const born = context.day(review.DOB);
      const held = context.day(review.REVIEW);
      return born !== null && held !== null && ageInYears(born, held) >= 4;
    }),
  examples: {
    passing: { Reviews: [{ CHILD: '1', DOB: '29/02/2020', REVIEW: '28/02/2024', REVIEW_CODE: 'PN0' }] },
    failing: { Reviews: [{ CHILD: '1', DOB: '29/02/2020', REVIEW: '29/02/2024', REVIEW_CODE: 'PN0' }] },
    flags: [['Reviews', 1]],
  },
});
