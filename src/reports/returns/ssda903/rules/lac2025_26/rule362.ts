// SSDA903 2025-26 rule 362: an emergency protection order (legal status L2), across episodes that follow on, lasts no more than 21 days.
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import type { Episode903 } from '../../ruleSupport.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule362 = defineRule903({
  code: '362',
  message: 'Emergency protection order (EPO) lasted longer than 21 days',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    // An order still open at the end of the year has lasted at least until then.
    const endOf = (episode: Episode903) => context.day(episode.DEC) ?? context.year.end;
    for (const episodes of episodesInOrder(context).values()) {
      let order: Episode903[] = [];
      const close = () => {
        const first = order[0];
        const last = order.at(-1);
        const start = first && context.day(first.DECOM);
        if (last && start !== null && start !== undefined && endOf(last) - start > 21)
          for (const episode of order) flags.push({ table: 'Episodes', row: episode });
        order = [];
      };
      for (const episode of episodes) {
        const previous = order.at(-1);
        if (previous && (episode.LS !== 'L2' || context.day(episode.DECOM) !== context.day(previous.DEC))) close();
        if (episode.LS === 'L2') order.push(episode);
      }
      close();
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/04/2025', LS: 'L2' },
        { CHILD: '1', DECOM: '10/04/2025', DEC: '22/04/2025', LS: 'L2' },
        { CHILD: '1', DECOM: '22/04/2025', DEC: '01/09/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '11/03/2026', LS: 'L2' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/04/2025', LS: 'L2' },
        { CHILD: '1', DECOM: '10/04/2025', DEC: '23/04/2025', LS: 'L2' },
        { CHILD: '1', DECOM: '23/04/2025', DEC: '01/09/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '09/03/2026', LS: 'L2' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
      ['Episodes', 4],
    ],
  },
});
