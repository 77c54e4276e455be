// SSDA903 2025-26 rule 551: a child placed for adoption (PLACE A3–A6) has a date of the decision that they
// should be placed for adoption (PlacedAdoption DATE_PLACED).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { placedForAdoptionCodes } from '../../validCodes.ts';

export const rule551 = defineRule903({
  code: '551',
  message:
    'Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.',
  tables: ['Episodes', 'PlacedAdoption'],
  check: (context) => {
    const decisions = context.byChild('PlacedAdoption');
    return rowsWhere(
      context,
      'Episodes',
      (episode) =>
        placedForAdoptionCodes.has(episode.PLACE) &&
        !(decisions.get(episode.CHILD) ?? []).some((decision) => decision.DATE_PLACED !== ''),
    );
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'A5' },
        { CHILD: '2', PLACE: 'U1' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '01/04/2025' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'A5' },
        { CHILD: '2', PLACE: 'U1' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '' }],
    },
    flags: [['Episodes', 1]],
  },
});
