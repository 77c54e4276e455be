// SSDA903 2025-26 rule 167: a review has a participation code PN0–PN7, and a row with no review date has none.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { reviewParticipationCodes } from '../../validCodes.ts';

export const rule167 = defineRule903({
  code: '167',
  message: 'Data entry for participation is invalid or blank.',
  tables: ['Reviews'],
  check: (context) =>
    rowsWhere(context, 'Reviews', (review) =>
      review.REVIEW === '' ? review.REVIEW_CODE !== '' : !reviewParticipationCodes.has(review.REVIEW_CODE),
    ),
  examples: {
    passing: {
      Reviews: [
        { CHILD: '1', REVIEW: '01/06/2025', REVIEW_CODE: 'PN7' },
        { CHILD: '2', REVIEW: '', REVIEW_CODE: '' },
      ],
    },
    failing: {
      Reviews: [
        { CHILD: '1', REVIEW: '01/06/2025', REVIEW_CODE: '' },
        { CHILD: '2', REVIEW: '', REVIEW_CODE: 'PN1' },
        { CHILD: '3', REVIEW: '01/06/2025', REVIEW_CODE: 'PN8' },
      ],
    },
    flags: [
      ['Reviews', 1],
      ['Reviews', 2],
      ['Reviews', 3],
    ],
  },
});
