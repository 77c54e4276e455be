// SSDA903 2025-26 rule 584: when last year's latest decision to place the child for adoption had ceased,
// this year's decisions are new ones, dated after it.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule584 = defineRule903({
  code: '584',
  message:
    'Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.',
  tables: ['PlacedAdoption'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('PlacedAdoption');
    return rowsWhere(context, 'PlacedAdoption', (decision) => {
      let latestCeased: number | null = null;
      for (const before of lastYear.get(decision.CHILD) ?? []) {
        const placed = context.day(before.DATE_PLACED);
        if (placed === null || (before.DATE_PLACED_CEASED === '' && before.REASON_PLACED_CEASED === '')) continue;
        if (latestCeased === null || placed > latestCeased) latestCeased = placed;
      }
      if (latestCeased === null) return false;
      const placed = context.day(decision.DATE_PLACED);
      return placed === null || placed <= latestCeased;
    });
  },
  examples: {
    passing: {
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/02/2025' }],
      previous: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '01/02/2025', DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
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
