// SSDA903 2025-26 rule 516: an episode ending with the child staying with former foster carers (E45, E46) is a foster placement (U1–U6).
import { defineRule903, rowsWhere } from '../../rule.ts';

const stayingPut = new Set(['E45', 'E46']);
const fosterPlacements = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

export const rule516 = defineRule903({
  code: '516',
  message:
    'The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => stayingPut.has(episode.REC) && !fosterPlacements.has(episode.PLACE)),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', REC: 'E45', PLACE: 'U4' },
        { CHILD: '2', REC: 'E4A', PLACE: 'K2' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', REC: 'E46', PLACE: 'K2' },
        { CHILD: '2', REC: 'E4A', PLACE: 'K2' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
