// SSDA903 2025-26 rule 553: a child with a placement order (LS E1) has a decision that they should be placed
// for adoption, and while the order's episode is open that decision has not ceased.
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';
import { latestPlacedForAdoption } from '../../ruleSupport.ts';

export const rule553 = defineRule903({
  code: '553',
  message:
    'Placement order has been granted but there is no date of decision that the child should be placed for adoption.',
  tables: ['Episodes', 'PlacedAdoption'],
  check: (context) => {
    const latest = latestPlacedForAdoption(context);
    const flags: Flag903[] = [];
    const ceasedFlagged = new Set<string>();
    for (const episode of context.tables.Episodes) {
      if (episode.LS !== 'E1') continue;
      const decision = latest.get(episode.CHILD);
      if (!decision || decision.DATE_PLACED === '') flags.push({ table: 'Episodes', row: episode });
      else if (
        episode.DEC === '' &&
        (decision.DATE_PLACED_CEASED !== '' || decision.REASON_PLACED_CEASED !== '') &&
        !ceasedFlagged.has(episode.CHILD)
      ) {
        ceasedFlagged.add(episode.CHILD);
        flags.push({ table: 'PlacedAdoption', row: decision });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'E1' },
        { CHILD: '2', LS: 'E1' },
      ],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/04/2025' },
        { CHILD: '2', DATE_PLACED: '01/04/2025' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'E1' },
        { CHILD: '2', LS: 'E1' },
      ],
      PlacedAdoption: [{ CHILD: '2', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '01/06/2025' }],
    },
    flags: [
      ['Episodes', 1],
      ['PlacedAdoption', 1],
    ],
  },
});
