// SSDA903 2025-26 rule 523: the date of the decision that the child should be placed for adoption (their
// latest PlacedAdoption DATE_PLACED) is the date adoption was decided in their best interest (AD1 DATE_INT).
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';
import { latestPlacedForAdoption } from '../../ruleSupport.ts';

export const rule523 = defineRule903({
  code: '523',
  message:
    'Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).',
  tables: ['PlacedAdoption', 'AD1'],
  check: (context) => {
    const latest = latestPlacedForAdoption(context);
    const flags: Flag903[] = [];
    for (const adoption of context.tables.AD1) {
      const decided = context.day(adoption.DATE_INT);
      const decision = latest.get(adoption.CHILD);
      const placed = decision ? context.day(decision.DATE_PLACED) : null;
      if (decision && decided !== null && placed !== null && decided !== placed)
        flags.push({ table: 'AD1', row: adoption }, { table: 'PlacedAdoption', row: decision });
    }
    return flags;
  },
  examples: {
    passing: {
      AD1: [{ CHILD: '1', DATE_INT: '01/04/2025' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/04/2025' }],
    },
    failing: {
      AD1: [{ CHILD: '1', DATE_INT: '01/04/2025' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '31/03/2025' }],
    },
    flags: [
      ['AD1', 1],
      ['PlacedAdoption', 1],
    ],
  },
});
