// SSDA903 2025-26 rule 561: a decision to place for adoption that last year's return shows reversed is not reported again this year as current.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule561 = defineRule903({
  code: '561',
  message:
    'Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.',
  tables: ['PlacedAdoption'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('PlacedAdoption');
    return rowsWhere(context, 'PlacedAdoption', (decision) =>
      (lastYear.get(decision.CHILD) ?? []).some(
        (before) =>
          before.DATE_PLACED !== '' &&
          context.day(before.DATE_PLACED) === context.day(decision.DATE_PLACED) &&
          (before.DATE_PLACED_CEASED !== '' || before.REASON_PLACED_CEASED !== ''),
      ),
    );
  },
  examples: {
    year: '2025-26',
    passing: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/02/2025' }],
      previous: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/02/2025' }] },
    },
    failing: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/02/2025' }],
      previous: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '01/02/2025', DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
    },
    flags: [['PlacedAdoption', 1]],
  },
});
