// SSDA903 2025-26 rule 437: no episode follows one that ended because the child died (E2) or reached 18
// and left care (E15).
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

const final = new Set(['E2', 'E15']);

export const rule437 = defineRule903({
  code: '437',
  message: 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of episodesInOrder(context).values()) {
      episodes.forEach((episode, index) => {
        const next = episodes[index + 1];
        if (final.has(episode.REC) && next && context.day(next.DECOM) !== null)
          flags.push({ table: 'Episodes', row: episode });
      });
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'E4A' },
        { CHILD: '1', DECOM: '01/09/2025', DEC: '31/03/2026', REC: 'E15' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'E15' },
        { CHILD: '1', DECOM: '01/09/2025', DEC: '31/03/2026', REC: 'E15' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
