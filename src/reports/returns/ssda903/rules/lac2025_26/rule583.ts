// SSDA903 2025-26 rule 583: when a child has more than one decision to be placed for adoption, every one but the latest has been reversed (DATE_PLACED_CEASED).
import { defineRule903, type Flag903 } from '../../rule.ts';

export const rule583 = defineRule903({
  code: '583',
  message:
    'More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.',
  tables: ['PlacedAdoption'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const decisions of context.byChild('PlacedAdoption').values()) {
      if (decisions.length < 2) continue;
      const decided = (row: (typeof decisions)[number]) => context.day(row.DATE_PLACED) ?? Number.NEGATIVE_INFINITY;
      const latest = decisions.reduce((a, b) => (decided(b) > decided(a) ? b : a));
      for (const decision of decisions)
        if (decision !== latest && decision.DATE_PLACED_CEASED === '')
          flags.push({ table: 'PlacedAdoption', row: decision });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/06/2025' },
        { CHILD: '1', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1' },
        { CHILD: '2', DATE_PLACED: '01/02/2024' },
      ],
    },
    failing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/06/2025' },
        { CHILD: '1', DATE_PLACED: '01/02/2024' },
        { CHILD: '2', DATE_PLACED: '01/02/2024' },
      ],
    },
    flags: [['PlacedAdoption', 2]],
  },
});
