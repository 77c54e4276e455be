// SSDA903 2025-26 rule 398: no postcodes (from which the distance is derived) for a short break (LS V3, V4).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

export const rule398 = defineRule903({
  code: '398',
  message: 'Distance field completed but child looked after under legal status V3 or V4.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => shortBreakLegalStatusCodes.has(episode.LS) && (episode.HOME_POST !== '' || episode.PL_POST !== ''),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'V3' },
        { CHILD: '2', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: 'AB3 4EF' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'V4', HOME_POST: 'AB1 2CD' },
        { CHILD: '2', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: 'AB3 4EF' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
