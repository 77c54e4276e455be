// SSDA903 2025-26 rule 390: an episode that ends in adoption (REC E11, E12) is a placement for adoption (A3–A6).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { adoptedCodes, placedForAdoptionCodes } from '../../validCodes.ts';

export const rule390 = defineRule903({
  code: '390',
  message: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => adoptedCodes.has(episode.REC) && !placedForAdoptionCodes.has(episode.PLACE),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'A5', REC: 'E11' },
        { CHILD: '2', PLACE: 'U1', REC: 'E13' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'U1', REC: 'E12' },
        { CHILD: '2', PLACE: 'U1', REC: 'E13' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
