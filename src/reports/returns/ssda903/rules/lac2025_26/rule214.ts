// SSDA903 2025-26 rule 214: no placement location (postcode, Ofsted URN) for a short break (LS V3, V4).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

export const rule214 = defineRule903({
  code: '214',
  message: 'Placement location information not required.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => shortBreakLegalStatusCodes.has(episode.LS) && (episode.PL_POST !== '' || episode.URN !== ''),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'V4' },
        { CHILD: '2', LS: 'C2', PL_POST: 'AB1 2CD', URN: 'SC123456' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'V4', URN: 'SC123456' },
        { CHILD: '2', LS: 'C2', PL_POST: 'AB1 2CD', URN: 'SC123456' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
