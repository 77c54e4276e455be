// SSDA903 2025-26 rule 562: a child's first episode, when it began before the year, is last year's latest episode (same start date).
import { defineRule903, type Flag903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule562 = defineRule903({
  code: '562',
  message:
    'Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.',
  tables: ['Episodes'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('Episodes');
    const flags: Flag903[] = [];
    for (const [child, [first]] of episodesInOrder(context)) {
      const began = first ? context.day(first.DECOM) : null;
      if (!first || began === null || began >= context.year.start) continue;
      let latest: number | null = null;
      for (const episode of lastYear.get(child) ?? []) {
        const day = context.day(episode.DECOM);
        if (day !== null && (latest === null || day > latest)) latest = day;
      }
      if (latest !== began) flags.push({ table: 'Episodes', row: first });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', RNE: 'P' },
        { CHILD: '2', DECOM: '01/04/2025', RNE: 'S' },
      ],
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2025', DEC: '01/03/2025', REC: 'X1', RNE: 'S' },
          { CHILD: '1', DECOM: '01/03/2025', RNE: 'P' },
        ],
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2025', RNE: 'S' },
        { CHILD: '2', DECOM: '31/03/2025', RNE: 'S' },
      ],
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '01/01/2025', DEC: '01/03/2025', REC: 'X1', RNE: 'S' },
          { CHILD: '1', DECOM: '01/03/2025', RNE: 'P' },
        ],
      },
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
