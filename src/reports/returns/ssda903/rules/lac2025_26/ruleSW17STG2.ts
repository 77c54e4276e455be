// SSDA903 2025-26 rule SW17STG2: a child's latest social worker episode is still open at 31 March (no SW_DEC).
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { socialWorkerEpisodesInOrder } from '../../ruleSupport.ts';

export const ruleSW17STG2 = defineRule903({
  code: 'SW17STG2',
  message: 'There is no social worker episode open at 31 March',
  tables: ['SWEpisodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of socialWorkerEpisodesInOrder(context).values()) {
      const latest = episodes.filter((episode) => context.day(episode.SW_DECOM) !== null).at(-1);
      if (latest && latest.SW_DEC !== '') flags.push({ table: 'SWEpisodes', row: latest });
    }
    return flags;
  },
  examples: {
    passing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '01/09/2025', SW_REASON: 'MANAGE' },
        { CHILD: '1', SW_ID: 'SW2', SW_DECOM: '01/09/2025', SW_REASON: 'LEFTRL' },
      ],
    },
    failing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '01/09/2025', SW_REASON: 'MANAGE' },
        { CHILD: '1', SW_ID: 'SW2', SW_DECOM: '01/09/2025', SW_DEC: '31/03/2026', SW_REASON: 'LEFTRL' },
      ],
    },
    flags: [['SWEpisodes', 2]],
  },
});
