// SSDA903 2025-26 rule 554: the decision to place for adoption (DATE_PLACED) is on or before the placement order (the child's first episode under legal status E1).
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule554 = defineRule903({
  code: '554',
  message:
    'Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]',
  tables: ['Episodes', 'PlacedAdoption'],
  check: (context) => {
    const flags: Flag903[] = [];
    const ordered = episodesInOrder(context);
    for (const [child, decisions] of context.byChild('PlacedAdoption')) {
      const order = ordered.get(child)?.find((episode) => episode.LS === 'E1');
      const granted = order && context.day(order.DECOM);
      if (!order || granted === null || granted === undefined) continue;
      const late = decisions.filter((decision) => (context.day(decision.DATE_PLACED) ?? granted) > granted);
      if (!late.length) continue;
      flags.push({ table: 'Episodes', row: order });
      for (const decision of late) flags.push({ table: 'PlacedAdoption', row: decision });
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '1', DECOM: '01/09/2025', LS: 'E1' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/09/2025' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '1', DECOM: '01/09/2025', LS: 'E1' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '02/09/2025' }],
    },
    flags: [
      ['Episodes', 2],
      ['PlacedAdoption', 1],
    ],
  },
});
