// SSDA903 2025-26 rule 446: legal status E1 (placement order, Adoption and Children Act 2002) is not used for an episode starting before 1 December 2005.
import { dayFromParts } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

/** The day the Adoption and Children Act 2002's placement orders came into force. */
const placementOrdersFrom = dayFromParts(2005, 12, 1) as number;

export const rule446 = defineRule903({
  code: '446',
  message: 'E1 is not a valid code for episodes starting before December 2005.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const start = context.day(episode.DECOM);
      return episode.LS === 'E1' && start !== null && start < placementOrdersFrom;
    }),
  examples: {
    passing: { Episodes: [{ CHILD: '1', DECOM: '01/12/2005', LS: 'E1' }] },
    failing: { Episodes: [{ CHILD: '1', DECOM: '30/11/2005', LS: 'E1' }] },
    flags: [['Episodes', 1]],
  },
});
