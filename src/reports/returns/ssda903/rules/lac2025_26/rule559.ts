// SSDA903 2025-26 rule 559: a decision to place for adoption dated before the year began was reported in last year's return.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule559 = defineRule903({
  code: '559',
  message:
    'Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.',
  tables: ['PlacedAdoption'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('PlacedAdoption');
    return rowsWhere(context, 'PlacedAdoption', (decision) => {
      const decided = context.day(decision.DATE_PLACED);
      return (
        decided !== null &&
        decided < context.year.start &&
        !(lastYear.get(decision.CHILD) ?? []).some((before) => before.DATE_PLACED !== '')
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '31/03/2025' },
        { CHILD: '2', DATE_PLACED: '01/04/2025' },
      ],
      previous: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '31/03/2025' }] },
    },
    failing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '31/03/2025' },
        { CHILD: '2', DATE_PLACED: '01/04/2025' },
      ],
      previous: { PlacedAdoption: [{ CHILD: '3', DATE_PLACED: '31/03/2025' }] },
    },
    flags: [['PlacedAdoption', 1]],
  },
});
