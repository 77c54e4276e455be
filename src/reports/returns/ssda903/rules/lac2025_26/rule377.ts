// SSDA903 2025-26 rule 377: no more than two temporary placements for the foster carer's holiday (T3) start within any 12 months.
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import type { Episode903 } from '../../ruleSupport.ts';
import { episodesInOrder } from '../../ruleSupport.ts';
import { birthdayAt } from '../../../returnDates.ts';

export const rule377 = defineRule903({
  code: '377',
  message:
    'Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.',
  tables: ['Episodes'],
  // Each third T3 within a year of the one two before it is flagged with those two.
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of episodesInOrder(context).values()) {
      const holidays: [Episode903, number][] = [];
      for (const episode of episodes) {
        const start = context.day(episode.DECOM);
        if (episode.PLACE === 'T3' && start !== null) holidays.push([episode, start]);
      }
      const flagged = new Set<Episode903>();
      for (let index = 2; index < holidays.length; index++) {
        const [, firstStart] = holidays[index - 2] as [Episode903, number];
        const [, thirdStart] = holidays[index] as [Episode903, number];
        // "A year after" as for an anniversary: 29 February counts to 1 March.
        if (thirdStart < birthdayAt(firstStart, 1))
          for (const [episode] of holidays.slice(index - 2, index + 1)) flagged.add(episode);
      }
      for (const episode of flagged) flags.push({ table: 'Episodes', row: episode });
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '08/04/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '01/08/2025', DEC: '08/08/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '01/04/2026', DEC: '08/04/2026', PLACE: 'T3' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '08/04/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '01/08/2025', DEC: '08/08/2025', PLACE: 'T3' },
        { CHILD: '1', DECOM: '31/03/2026', DEC: '07/04/2026', PLACE: 'T3' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
