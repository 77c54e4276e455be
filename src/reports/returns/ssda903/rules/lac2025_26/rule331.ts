// SSDA903 2025-26 rule 331: the child was matched with their adopters on or before the placement that ended in adoption (REC E11, E12) began.
import { defineRule903, type Flag903 } from '../../rule.ts';

const adopted = new Set(['E11', 'E12']);

export const rule331 = defineRule903({
  code: '331',
  message:
    'Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.',
  tables: ['Episodes', 'AD1'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    const flags: Flag903[] = [];
    for (const adoption of context.tables.AD1) {
      const matched = context.day(adoption.DATE_MATCH);
      if (matched === null) continue;
      const early = (episodes.get(adoption.CHILD) ?? []).filter((episode) => {
        const placed = context.day(episode.DECOM);
        return adopted.has(episode.REC) && placed !== null && matched > placed;
      });
      if (early.length) {
        flags.push({ table: 'AD1', row: adoption });
        for (const episode of early) flags.push({ table: 'Episodes', row: episode });
      }
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '29/02/2024', DEC: '01/06/2025', REC: 'E11', PLACE: 'A4' }],
      AD1: [{ CHILD: '1', DATE_MATCH: '29/02/2024' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '29/02/2024', DEC: '01/06/2025', REC: 'E11', PLACE: 'A4' }],
      AD1: [{ CHILD: '1', DATE_MATCH: '01/03/2024' }],
    },
    flags: [
      ['AD1', 1],
      ['Episodes', 1],
    ],
  },
});
