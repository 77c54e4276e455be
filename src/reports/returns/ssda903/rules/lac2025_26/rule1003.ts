// SSDA903 2025-26 rule 1003: the decision to place for adoption (DATE_PLACED) is not before the child started to be looked after (the first episode beginning a period of care, RNE S).
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule1003 = defineRule903({
  code: '1003',
  message:
    "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
  tables: ['Episodes', 'PlacedAdoption'],
  check: (context) => {
    const flags: Flag903[] = [];
    const ordered = episodesInOrder(context);
    for (const [child, decisions] of context.byChild('PlacedAdoption')) {
      const began = ordered.get(child)?.find((episode) => episode.RNE === 'S');
      const start = began ? context.day(began.DECOM) : null;
      if (!began || start === null) continue;
      for (const decision of decisions) {
        if ((context.day(decision.DATE_PLACED) ?? start) >= start) continue;
        flags.push({ table: 'Episodes', row: began }, { table: 'PlacedAdoption', row: decision });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '29/02/2024', RNE: 'S' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '29/02/2024' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '29/02/2024', RNE: 'S' }],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '28/02/2024' }],
    },
    flags: [
      ['Episodes', 1],
      ['PlacedAdoption', 1],
    ],
  },
});
