// SSDA903 2025-26 rule 383: after a temporary placement (T0–T4) the child returns to the placement before it: new episode reason P, the same placement type and postcode.
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

const temporaryPlacements = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

export const rule383 = defineRule903({
  code: '383',
  message: 'A child in a temporary placement must subsequently return to his/her normal placement.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of episodesInOrder(context).values()) {
      for (let index = 2; index < episodes.length; index++) {
        const [before, temporary, after] = [episodes[index - 2], episodes[index - 1], episodes[index]];
        if (!before || !temporary || !after || !temporaryPlacements.has(temporary.PLACE)) continue;
        if (after.RNE !== 'P' || after.PLACE !== before.PLACE || after.PL_POST !== before.PL_POST)
          flags.push({ table: 'Episodes', row: after });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', PLACE: 'U1', PL_POST: 'AB1 2CD' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'T', PLACE: 'T1', PL_POST: 'EF3 4GH' },
        { CHILD: '1', DECOM: '08/06/2025', RNE: 'P', PLACE: 'U1', PL_POST: 'AB1 2CD' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', PLACE: 'U1', PL_POST: 'AB1 2CD' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'T', PLACE: 'T1', PL_POST: 'EF3 4GH' },
        { CHILD: '1', DECOM: '08/06/2025', RNE: 'P', PLACE: 'U1', PL_POST: 'AB1 2CE' },
      ],
    },
    flags: [['Episodes', 3]],
  },
});
