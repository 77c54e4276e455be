// SSDA903 2025-26 rule 552: the latest decision to place for adoption is dated on or before the child's first adoption placement (A3–A6).
import { defineRule903, type Flag903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

const adoptionPlacements = new Set(['A3', 'A4', 'A5', 'A6']);

export const rule552 = defineRule903({
  code: '552',
  message:
    'Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.',
  tables: ['Episodes', 'PlacedAdoption'],
  check: (context) => {
    const episodes = episodesInOrder(context);
    const flags: Flag903[] = [];
    for (const [child, decisions] of context.byChild('PlacedAdoption')) {
      const firstPlaced = episodes
        .get(child)
        ?.find((episode) => adoptionPlacements.has(episode.PLACE) && context.day(episode.DECOM) !== null);
      if (!firstPlaced) continue;
      let latest: (typeof decisions)[number] | undefined;
      for (const decision of decisions) {
        const decided = context.day(decision.DATE_PLACED);
        if (decided !== null && (!latest || decided > (context.day(latest.DATE_PLACED) as number))) latest = decision;
      }
      if (latest && (context.day(latest.DATE_PLACED) as number) > (context.day(firstPlaced.DECOM) as number))
        flags.push({ table: 'PlacedAdoption', row: latest }, { table: 'Episodes', row: firstPlaced });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PLACE: 'U4' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'A4' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/06/2025' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PLACE: 'U4' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'A4' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/06/2025' }],
    },
    flags: [
      ['PlacedAdoption', 1],
      ['Episodes', 2],
    ],
  },
});
