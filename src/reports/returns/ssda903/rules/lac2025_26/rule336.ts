// SSDA903 2025-26 rule 336: a child placed for adoption with their current foster carer (PLACE A3, A4) was
// in a foster placement (U1–U6) or placed for adoption (A3–A6) in the episode before.
import { defineRule903 } from '../../rule.ts';
import { episodesFailingAgainstPrevious } from '../../ruleSupport.ts';
import { placedForAdoptionCodes } from '../../validCodes.ts';

const withCurrentFosterCarer = new Set(['A3', 'A4']);
const foster = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

export const rule336 = defineRule903({
  code: '336',
  message: 'Child does not have a foster placement immediately prior to being placed for adoption.',
  tables: ['Episodes'],
  check: (context) =>
    episodesFailingAgainstPrevious(
      context,
      (episode, previous) =>
        withCurrentFosterCarer.has(episode.PLACE) &&
        !foster.has(previous.PLACE) &&
        !placedForAdoptionCodes.has(previous.PLACE),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PLACE: 'U3' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'A4' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', PLACE: 'K2' },
        { CHILD: '1', DECOM: '01/06/2025', PLACE: 'A4' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
