// SSDA903 2025-26 rule 117: decisions to place (or no longer place) for adoption are not dated after the year or after the child left care.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { leftCareOn } from '../../ruleSupport.ts';

export const rule117 = defineRule903({
  code: '117',
  message:
    'Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.',
  tables: ['Episodes', 'PlacedAdoption'],
  check: (context) => {
    const left = leftCareOn(context);
    return rowsWhere(context, 'PlacedAdoption', (decision) => {
      const latestAllowed = Math.min(context.year.end, left.get(decision.CHILD) ?? context.year.end);
      return [decision.DATE_PLACED, decision.DATE_PLACED_CEASED].some((date) => {
        const day = context.day(date);
        return day !== null && day > latestAllowed;
      });
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', DEC: '01/06/2025', REC: 'E11' },
        { CHILD: '2', DECOM: '01/03/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '2', DECOM: '01/06/2025' },
      ],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/06/2025' },
        { CHILD: '2', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '31/03/2026' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', DEC: '01/06/2025', REC: 'E11' },
        { CHILD: '2', DECOM: '01/03/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '2', DECOM: '01/06/2025' },
      ],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '02/06/2025' },
        { CHILD: '2', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '01/04/2026' },
      ],
    },
    flags: [
      ['PlacedAdoption', 1],
      ['PlacedAdoption', 2],
    ],
  },
});
