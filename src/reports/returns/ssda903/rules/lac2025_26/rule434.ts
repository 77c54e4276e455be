// SSDA903 2025-26 rule 434: an episode begun for a change of legal status only (RNE L) changes the legal status and not the placement (type, postcode, URN, provider).
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule434 = defineRule903({
  code: '434',
  message:
    "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.",
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of episodesInOrder(context).values()) {
      for (let index = 1; index < episodes.length; index++) {
        const [before, episode] = [episodes[index - 1], episodes[index]];
        if (!before || !episode || episode.RNE !== 'L') continue;
        const placementChanged =
          episode.PLACE !== before.PLACE ||
          episode.PL_POST !== before.PL_POST ||
          episode.URN !== before.URN ||
          episode.PLACE_PROVIDER !== before.PLACE_PROVIDER;
        if (episode.LS === before.LS || placementChanged) flags.push({ table: 'Episodes', row: episode });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'V2', PLACE: 'U1', PL_POST: 'AB1 2CD', PLACE_PROVIDER: 'PR1' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'L', LS: 'C2', PLACE: 'U1', PL_POST: 'AB1 2CD', PLACE_PROVIDER: 'PR1' },
        { CHILD: '1', DECOM: '01/09/2025', RNE: 'L', LS: 'C1', PLACE: 'U1', PL_POST: 'AB1 2CD', PLACE_PROVIDER: 'PR1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'V2', PLACE: 'U1', PL_POST: 'AB1 2CD', PLACE_PROVIDER: 'PR1' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'L', LS: 'C2', PLACE: 'U1', PL_POST: 'AB1 2CE', PLACE_PROVIDER: 'PR1' },
        { CHILD: '1', DECOM: '01/09/2025', RNE: 'L', LS: 'C2', PLACE: 'U1', PL_POST: 'AB1 2CE', PLACE_PROVIDER: 'PR1' },
      ],
    },
    flags: [
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
