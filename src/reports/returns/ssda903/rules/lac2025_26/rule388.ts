// SSDA903 2025-26 rule 388: an episode that ends with X1 (new episode begins) is followed by an episode
// starting the same day; one followed by an episode starting the same day ends X1; a child's last
// episode, when it has ended, does not end X1.
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule388 = defineRule903({
  code: '388',
  message: 'Reason episode ceased is coded new episode begins, but there is no continuation episode.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of episodesInOrder(context).values()) {
      episodes.forEach((episode, index) => {
        const ceased = context.day(episode.DEC);
        if (ceased === null || episode.REC === '') return;
        const next = episodes[index + 1];
        const nextStart = next ? context.day(next.DECOM) : null;
        const fails = !next
          ? episode.REC === 'X1'
          : nextStart !== null && (episode.REC === 'X1') !== (ceased === nextStart);
        if (fails) flags.push({ table: 'Episodes', row: episode });
      });
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025', DEC: '01/07/2025', REC: 'E13' },
        { CHILD: '1', DECOM: '02/07/2025', DEC: '', REC: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '02/06/2025', DEC: '01/07/2025', REC: 'E13' },
        { CHILD: '1', DECOM: '01/07/2025', DEC: '31/03/2026', REC: 'X1' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
