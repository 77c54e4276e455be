// SSDA903 2025-26 rule 217: an episode from 1 April 2015 placed for adoption with the current foster carers (A3, A5) starts for a reason S, T or U.
import { dayFromParts } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

/** Placement types A3 and A5 were introduced on 1 April 2015. */
const introduced = dayFromParts(2015, 4, 1) as number;
const withFosterCarers = new Set(['A3', 'A5']);
const reasons = new Set(['S', 'T', 'U']);

export const rule217 = defineRule903({
  code: '217',
  message:
    'Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const start = context.day(episode.DECOM);
      return withFosterCarers.has(episode.PLACE) && start !== null && start >= introduced && !reasons.has(episode.RNE);
    }),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2015', PLACE: 'A5', RNE: 'T' },
        { CHILD: '2', DECOM: '31/03/2015', PLACE: 'A5', RNE: 'P' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2015', PLACE: 'A5', RNE: 'P' },
        { CHILD: '2', DECOM: '31/03/2015', PLACE: 'A5', RNE: 'P' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
