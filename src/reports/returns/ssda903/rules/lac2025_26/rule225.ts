// SSDA903 2025-26 rule 225: an episode ending in a change of placement (X1, then P, B, T or U) records why, unless either placement is temporary (T0–T4).
import { defineRule903, type Flag903 } from '../../rule.ts';
import { consecutiveEpisodes } from '../../ruleSupport.ts';

const temporary = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);
const placementChanged = new Set(['P', 'B', 'T', 'U']);

export const rule225 = defineRule903({
  code: '225',
  message: 'Reason for placement change must be recorded.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const [episode, next] of consecutiveEpisodes(context)) {
      if (
        episode.REC === 'X1' &&
        episode.REASON_PLACE_CHANGE === '' &&
        placementChanged.has(next.RNE) &&
        !temporary.has(episode.PLACE) &&
        !temporary.has(next.PLACE)
      )
        flags.push({ table: 'Episodes', row: episode });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', PLACE: 'U4', REASON_PLACE_CHANGE: 'CARPL' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', PLACE: 'K2' },
        { CHILD: '2', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', PLACE: 'T1', REASON_PLACE_CHANGE: '' },
        { CHILD: '2', DECOM: '01/06/2025', RNE: 'P', PLACE: 'K2' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', PLACE: 'U4', REASON_PLACE_CHANGE: '' },
        { CHILD: '1', DECOM: '01/06/2025', RNE: 'P', PLACE: 'K2' },
        { CHILD: '2', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1', PLACE: 'T1', REASON_PLACE_CHANGE: '' },
        { CHILD: '2', DECOM: '01/06/2025', RNE: 'P', PLACE: 'K2' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
