// SSDA903 2025-26 rule 149: the reason the episode ceased (REC), when given, is one of the year's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { reasonEpisodeCeasedCodes } from '../../validCodes.ts';

export const rule149 = defineRule903({
  code: '149',
  message: 'Reason episode ceased code is not valid. ',
  tables: ['Episodes'],
  check: (context) => rowsWhere(context, 'Episodes', (row) => row.REC !== '' && !reasonEpisodeCeasedCodes.has(row.REC)),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', REC: 'E4A' },
        { CHILD: '2', REC: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', REC: 'E4A' },
        { CHILD: '2', REC: 'E1' },
        { CHILD: '3', REC: 'e4a' },
      ],
    },
    flags: [
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
