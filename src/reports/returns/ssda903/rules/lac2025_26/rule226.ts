// SSDA903 2025-26 rule 226: a temporary placement (T0–T4) has no reason for placement change, in its own
// episode nor in the episode before it (the DfE's "current episode and current episode - 1").
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';
import { temporaryPlacementCodes } from '../../validCodes.ts';

export const rule226 = defineRule903({
  code: '226',
  message: 'Reason for placement change is not required for temporary placements.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of episodesInOrder(context).values()) {
      episodes.forEach((episode, index) => {
        if (!temporaryPlacementCodes.has(episode.PLACE)) return;
        const before = episodes[index - 1];
        if (episode.REASON_PLACE_CHANGE !== '' || (before && before.REASON_PLACE_CHANGE !== ''))
          flags.push({ table: 'Episodes', row: episode });
      });
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PLACE: 'U1' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '15/06/2025', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '15/06/2025', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
