// SSDA903 2025-26 rule 557: a child placed for adoption (PLACE A3–A6) or under a placement order (LS E1)
// who left care other than by adoption has the decision that they should no longer be placed for
// adoption recorded (date and reason on their latest PlacedAdoption row).
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';
import { latestPlacedForAdoption } from '../../ruleSupport.ts';
import { adoptedCodes, placedForAdoptionCodes } from '../../validCodes.ts';

export const rule557 = defineRule903({
  code: '557',
  message:
    'Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.',
  tables: ['Episodes', 'PlacedAdoption'],
  check: (context) => {
    const latest = latestPlacedForAdoption(context);
    const flags: Flag903[] = [];
    const decisionsFlagged = new Set<string>();
    for (const episode of context.tables.Episodes) {
      const leftNotAdopted = episode.REC !== '' && episode.REC !== 'X1' && !adoptedCodes.has(episode.REC);
      if (!leftNotAdopted || !(placedForAdoptionCodes.has(episode.PLACE) || episode.LS === 'E1')) continue;
      const decision = latest.get(episode.CHILD);
      if (!decision) flags.push({ table: 'Episodes', row: episode });
      else if (
        (decision.DATE_PLACED_CEASED === '' || decision.REASON_PLACED_CEASED === '') &&
        !decisionsFlagged.has(episode.CHILD)
      ) {
        decisionsFlagged.add(episode.CHILD);
        flags.push({ table: 'PlacedAdoption', row: decision });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'E1', PLACE: 'U1', REC: 'E13' },
        { CHILD: '2', LS: 'E1', PLACE: 'A5', REC: 'E11' },
      ],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: 'RD1' },
        { CHILD: '2', DATE_PLACED: '01/04/2025' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'E1', PLACE: 'U1', REC: 'E13' },
        { CHILD: '2', LS: 'E1', PLACE: 'A5', REC: 'E11' },
        { CHILD: '3', LS: 'C2', PLACE: 'A5', REC: 'E13' },
      ],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '01/06/2025', REASON_PLACED_CEASED: '' },
        { CHILD: '2', DATE_PLACED: '01/04/2025' },
      ],
    },
    flags: [
      ['PlacedAdoption', 1],
      ['Episodes', 3],
    ],
  },
});
