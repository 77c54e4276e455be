// SSDA903 2025-26 rule SW11bSTG2: a child's last social worker episode does not end in the last days before 31 March (within 5 days) with no episode after it.
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { socialWorkerEpisodesInOrder } from '../../ruleSupport.ts';

export const ruleSW11bSTG2 = defineRule903({
  code: 'SW11bSTG2',
  message: 'Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.',
  tables: ['SWEpisodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    const { end } = context.year;
    for (const episodes of socialWorkerEpisodesInOrder(context).values()) {
      // The episode ending last, and whether another started on or after that day.
      let last: (typeof episodes)[number] | undefined;
      let lastEnded = Number.NEGATIVE_INFINITY;
      for (const episode of episodes) {
        const ended = context.day(episode.SW_DEC);
        if (ended !== null && ended > lastEnded) [last, lastEnded] = [episode, ended];
      }
      if (!last || lastEnded < end - 5 || lastEnded > end) continue;
      const followed = episodes.some(
        (episode) => episode !== last && (context.day(episode.SW_DECOM) ?? -Infinity) >= lastEnded,
      );
      if (!followed) flags.push({ table: 'SWEpisodes', row: last });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '26/03/2026', SW_REASON: 'MANAGE' },
        { CHILD: '1', SW_ID: 'SW2', SW_DECOM: '26/03/2026', SW_REASON: 'LEFTRL' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '25/03/2026', SW_REASON: 'MANAGE' },
      ],
    },
    failing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '26/03/2026', SW_REASON: 'MANAGE' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '25/03/2026', SW_REASON: 'MANAGE' },
      ],
    },
    flags: [['SWEpisodes', 1]],
  },
});
