// SSDA903 2025-26 rule 441: a participation code for a child of 4 or over (PN1–PN7) is not used at a review before the child's 4th birthday.
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

const fourOrOverCodes = new Set(['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);

export const rule441 = defineRule903({
  code: '441',
  message:
    'Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.',
  tables: ['Reviews'],
  check: (context) =>
    rowsWhere(context, 'Reviews', (review) => {
      const born = context.day(review.DOB);
      const held = context.day(review.REVIEW);
      return fourOrOverCodes.has(review.REVIEW_CODE) && born !== null && held !== null && held < birthdayAt(born, 4);
    }),
  examples: {
    passing: {
      Reviews: [
        { CHILD: '1', DOB: '29/02/2020', REVIEW: '29/02/2024', REVIEW_CODE: 'PN1' },
        { CHILD: '2', DOB: '29/02/2020', REVIEW: '28/02/2024', REVIEW_CODE: 'PN0' },
      ],
    },
    failing: {
      Reviews: [
        { CHILD: '1', DOB: '29/02/2020', REVIEW: '28/02/2024', REVIEW_CODE: 'PN1' },
        { CHILD: '2', DOB: '29/02/2020', REVIEW: '28/02/2024', REVIEW_CODE: 'PN0' },
      ],
    },
    flags: [['Reviews', 1]],
  },
});
