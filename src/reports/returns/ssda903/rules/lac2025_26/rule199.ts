// SSDA903 2025-26 rule 199: a child adopted from care (an episode ending E11 or E12, this year or last) has no later episode and no second adoption.
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import type { Episode903 } from '../../ruleSupport.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

const isAdoption = (episode: Episode903) => episode.REC === 'E11' || episode.REC === 'E12';

export const rule199 = defineRule903({
  code: '199',
  message:
    'Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    const lastYear = context.previousByChild('Episodes');
    for (const [child, episodes] of episodesInOrder(context)) {
      // Every episode starting after the first adoption (last year's included) is flagged, a second adoption too.
      let adoptedFrom: number | null = null;
      for (const episode of lastYear.get(child) ?? []) {
        const start = context.day(episode.DECOM);
        if (isAdoption(episode) && start !== null && (adoptedFrom === null || start < adoptedFrom)) adoptedFrom = start;
      }
      for (const episode of episodes) {
        const start = context.day(episode.DECOM);
        if (start === null) continue;
        if (adoptedFrom !== null && start > adoptedFrom) flags.push({ table: 'Episodes', row: episode });
        else if (isAdoption(episode)) adoptedFrom = start;
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025', DEC: '01/10/2025', REC: 'E11' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/04/2024', DEC: '01/04/2025', REC: 'X1' }] },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1' },
        { CHILD: '1', DECOM: '01/06/2025', DEC: '01/10/2025', REC: 'E11' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/04/2024', DEC: '01/04/2025', REC: 'E12' }] },
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
