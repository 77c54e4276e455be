// SSDA903 2025-26 rule 521: the decision that adoption is in the child's best interests (AD1 DATE_INT) is on or before each adoption placement (A3–A6).
import { defineRule903, type Flag903 } from '../../rule.ts';

const adoptionPlacements = new Set(['A3', 'A4', 'A5', 'A6']);

export const rule521 = defineRule903({
  code: '521',
  message:
    "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.",
  tables: ['Episodes', 'AD1'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    const flags: Flag903[] = [];
    for (const adoption of context.tables.AD1) {
      const decided = context.day(adoption.DATE_INT);
      if (decided === null) continue;
      const early = (episodes.get(adoption.CHILD) ?? []).filter((episode) => {
        const placed = context.day(episode.DECOM);
        return adoptionPlacements.has(episode.PLACE) && placed !== null && decided > placed;
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
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PLACE: 'U4' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'A3' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '01/06/2025' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PLACE: 'U4' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'A3' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '02/06/2025' }],
    },
    flags: [
      ['AD1', 1],
      ['Episodes', 2],
    ],
  },
});
