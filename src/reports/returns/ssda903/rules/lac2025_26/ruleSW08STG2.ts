// SSDA903 2025-26 rule SW08STG2: every social worker episode but a child's last has ended (SW_DEC).
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { socialWorkerEpisodesInOrder } from '../../ruleSupport.ts';

export const ruleSW08STG2 = defineRule903({
  code: 'SW08STG2',
  message: 'A new social worker episode has started, but the previous episode has not ended.',
  tables: ['SWEpisodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of socialWorkerEpisodesInOrder(context).values())
      for (const episode of episodes.slice(0, -1))
        if (episode.SW_DEC === '' && context.day(episode.SW_DECOM) !== null)
          flags.push({ table: 'SWEpisodes', row: episode });
    return flags;
  },
  examples: {
    passing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW2', SW_DECOM: '01/09/2025' },
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '01/09/2025' },
      ],
    },
    failing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW2', SW_DECOM: '01/09/2025' },
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '' },
      ],
    },
    flags: [['SWEpisodes', 2]],
  },
});
