// SSDA903 2025-26 rule 560: a decision to place for adoption still standing at the end of last year keeps its date (DATE_PLACED) this year.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule560 = defineRule903({
  code: '560',
  message:
    'Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.',
  tables: ['PlacedAdoption'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('PlacedAdoption');
    return rowsWhere(context, 'PlacedAdoption', (decision) =>
      (lastYear.get(decision.CHILD) ?? []).some(
        (standing) =>
          standing.DATE_PLACED !== '' &&
          standing.DATE_PLACED_CEASED === '' &&
          context.day(standing.DATE_PLACED) !== context.day(decision.DATE_PLACED),
      ),
    );
  },
  examples: {
    passing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '29/02/2024' },
        { CHILD: '2', DATE_PLACED: '01/09/2025' },
      ],
      previous: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '29/02/2024' },
          { CHILD: '2', DATE_PLACED: '01/03/2024', DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
    },
    failing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/03/2024' },
        { CHILD: '2', DATE_PLACED: '01/09/2025' },
      ],
      previous: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '29/02/2024' },
          { CHILD: '2', DATE_PLACED: '01/03/2024', DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
    },
    flags: [['PlacedAdoption', 1]],
  },
});
