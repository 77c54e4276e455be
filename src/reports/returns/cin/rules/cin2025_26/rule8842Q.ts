// CIN census 2025-26 rule 8842Q: each child protection plan review has a valid date.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8842Q = defineCinRule({
  code: '8842Q',
  message: 'Please check and either amend or provide a reason: Review Record has a missing date (QUERY)',
  check: (context) => cinRowsWhere(context, 'Reviews', (review) => context.day(review.CPPreviewDate) === null),
  examples: {
    passing: {
      Reviews: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPreviewDate: '2025-07-31' },
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPreviewDate: '2025-10-31' },
      ],
    },
    failing: {
      Reviews: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPreviewDate: '2025-07-31' },
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPreviewDate: '' },
      ],
    },
    flags: [['Reviews', 2]],
  },
});
