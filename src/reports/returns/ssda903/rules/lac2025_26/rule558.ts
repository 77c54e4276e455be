// SSDA903 2025-26 rule 558: a child who was adopted (REC E11, E12) has no date that they should no longer
// be placed for adoption on their latest decision to place them for adoption.
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';
import { latestPlacedForAdoption } from '../../ruleSupport.ts';
import { adoptedCodes } from '../../validCodes.ts';

export const rule558 = defineRule903({
  code: '558',
  message:
    'If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.',
  tables: ['Episodes', 'PlacedAdoption'],
  check: (context) => {
    const latest = latestPlacedForAdoption(context);
    const flags: Flag903[] = [];
    const adopted = new Set(context.tables.Episodes.filter((e) => adoptedCodes.has(e.REC)).map((e) => e.CHILD));
    for (const child of adopted) {
      const decision = latest.get(child);
      if (decision && decision.DATE_PLACED_CEASED !== '') flags.push({ table: 'PlacedAdoption', row: decision });
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', PLACE: 'A5', REC: 'E11' }],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: 'RD1' },
        { CHILD: '1', DATE_PLACED: '01/07/2025' },
      ],
    },
    failing: {
      Episodes: [{ CHILD: '1', PLACE: 'A5', REC: 'E11' }],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: 'RD1' },
        { CHILD: '1', DATE_PLACED: '01/07/2025', DATE_PLACED_CEASED: '01/09/2025' },
      ],
    },
    flags: [['PlacedAdoption', 2]],
  },
});
