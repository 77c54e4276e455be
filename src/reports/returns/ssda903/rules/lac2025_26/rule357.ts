// SSDA903 2025-26 rule 357: a child's first episode, when it starts in the year, starts a period of care (RNE S).
import { defineRule903, type Flag903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule357 = defineRule903({
  code: '357',
  message:
    'If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const [first] of episodesInOrder(context).values()) {
      const started = first ? context.day(first.DECOM) : null;
      if (first && started !== null && started >= context.year.start && first.RNE !== 'S')
        flags.push({ table: 'Episodes', row: first });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P' },
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S' },
        { CHILD: '2', DECOM: '31/03/2025', RNE: 'P' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'S' },
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'P' },
        { CHILD: '2', DECOM: '31/03/2025', RNE: 'P' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
