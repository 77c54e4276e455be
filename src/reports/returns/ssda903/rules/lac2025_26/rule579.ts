// SSDA903 2025-26 rule 579: a child's decisions to place for adoption do not overlap: a new one is not
// made while the one before is open, nor before the one before ceased.
import { defineRule903 } from '../../rule.ts';
import { rowsStartingBeforePreviousEnds } from '../../ruleSupport.ts';

export const rule579 = defineRule903({
  code: '579',
  message:
    'A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.',
  tables: ['PlacedAdoption'],
  check: (context) => rowsStartingBeforePreviousEnds(context, 'PlacedAdoption', 'DATE_PLACED', 'DATE_PLACED_CEASED'),
  examples: {
    passing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '01/07/2025' },
        { CHILD: '1', DATE_PLACED: '01/07/2025', DATE_PLACED_CEASED: '' },
      ],
    },
    failing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/04/2025', DATE_PLACED_CEASED: '02/07/2025' },
        { CHILD: '1', DATE_PLACED: '01/07/2025', DATE_PLACED_CEASED: '' },
      ],
    },
    flags: [['PlacedAdoption', 2]],
  },
});
