// SSDA903 2025-26 rule 364: a child detained under PACE (LS J2) is in local authority accommodation for no
// more than 21 days in a run of J2 episodes, each starting the day the last ended (open ones to 31 March).
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';
import type { Episode903 } from '../../ruleSupport.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule364 = defineRule903({
  code: '364',
  message:
    'Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of episodesInOrder(context).values()) {
      if (!episodes.some((episode) => episode.LS === 'J2')) continue;
      let run: Episode903[] = [];
      let days = 0;
      let runEnd: number | null = null;
      const close = () => {
        if (days > 21) for (const row of run) flags.push({ table: 'Episodes', row });
        run = [];
        days = 0;
      };
      for (const episode of episodes) {
        const began = context.day(episode.DECOM);
        if (episode.LS !== 'J2' || began === null) {
          close();
          continue;
        }
        if (runEnd === null || began !== runEnd) close();
        runEnd = context.day(episode.DEC) ?? context.year.end;
        days += runEnd - began;
        run.push(episode);
      }
      close();
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'J2', DECOM: '01/03/2026', DEC: '11/03/2026' },
        { CHILD: '1', LS: 'J2', DECOM: '11/03/2026', DEC: '22/03/2026' },
        { CHILD: '2', LS: 'J2', DECOM: '10/03/2026' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'J2', DECOM: '01/03/2026', DEC: '11/03/2026' },
        { CHILD: '1', LS: 'J2', DECOM: '11/03/2026', DEC: '23/03/2026' },
        { CHILD: '2', LS: 'J2', DECOM: '09/03/2026' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
