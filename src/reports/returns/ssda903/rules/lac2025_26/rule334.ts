// SSDA903 2025-26 rule 334: the decision that the child should be placed for adoption (AD1 DATE_INT) is not before the start of the latest period of care.
import { defineRule903, type Flag903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule334 = defineRule903({
  code: '334',
  message:
    'Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption. ',
  tables: ['Episodes', 'AD1'],
  check: (context) => {
    const episodes = episodesInOrder(context);
    const flags: Flag903[] = [];
    for (const adoption of context.tables.AD1) {
      const decided = context.day(adoption.DATE_INT);
      const periodStart = episodes
        .get(adoption.CHILD)
        ?.findLast((episode) => episode.RNE === 'S' && context.day(episode.DECOM) !== null);
      if (decided !== null && periodStart && decided < (context.day(periodStart.DECOM) as number))
        flags.push({ table: 'AD1', row: adoption }, { table: 'Episodes', row: periodStart });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '01/05/2024', REC: 'E13', RNE: 'S' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'S' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '01/06/2025' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '01/05/2024', REC: 'E13', RNE: 'S' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'S' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '31/05/2025' }],
    },
    flags: [
      ['AD1', 1],
      ['Episodes', 2],
    ],
  },
});
