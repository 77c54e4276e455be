// SSDA903 2025-26 rule 435: an episode for a change of placement only (RNE P) keeps the previous episode's legal status and changes its placement.
import { defineRule903, type Flag903 } from '../../rule.ts';
import { consecutiveEpisodes } from '../../ruleSupport.ts';

export const rule435 = defineRule903({
  code: '435',
  message:
    'Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const [previous, episode] of consecutiveEpisodes(context)) {
      if (episode.RNE !== 'P') continue;
      const samePlacement =
        episode.PLACE === previous.PLACE &&
        episode.PLACE_PROVIDER === previous.PLACE_PROVIDER &&
        episode.PL_POST === previous.PL_POST &&
        episode.URN === previous.URN;
      if (episode.LS !== previous.LS || samePlacement) flags.push({ table: 'Episodes', row: episode });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2', PLACE: 'U4', PLACE_PROVIDER: 'PR1', PL_POST: 'AB1 2CD' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', LS: 'C2', PLACE: 'U4', PLACE_PROVIDER: 'PR1', PL_POST: 'AB3 4EF' },
        { CHILD: '2', DECOM: '01/04/2025', RNE: 'S', LS: 'C1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', PL_POST: 'AB1 2CD' },
        { CHILD: '2', DECOM: '01/06/2025', RNE: 'T', LS: 'C2', PLACE: 'K2', PLACE_PROVIDER: 'PR1', PL_POST: 'AB1 2CD' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2', PLACE: 'U4', PLACE_PROVIDER: 'PR1', PL_POST: 'AB1 2CD' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', LS: 'C2', PLACE: 'U4', PLACE_PROVIDER: 'PR1', PL_POST: 'AB1 2CD' },
        { CHILD: '2', DECOM: '01/04/2025', RNE: 'S', LS: 'C1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', PL_POST: 'AB1 2CD' },
        { CHILD: '2', DECOM: '01/06/2025', RNE: 'P', LS: 'C2', PLACE: 'K2', PLACE_PROVIDER: 'PR1', PL_POST: 'AB1 2CD' },
      ],
    },
    flags: [
      ['Episodes', 2],
      ['Episodes', 4],
    ],
  },
});
