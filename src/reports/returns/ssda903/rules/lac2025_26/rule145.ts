// SSDA903 2025-26 rule 145: an episode's category of need (CIN) is N1–N8 when given.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { categoryOfNeedCodes } from '../../validCodes.ts';

export const rule145 = defineRule903({
  code: '145',
  message: 'Category of need code is not a valid code.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => episode.CIN !== '' && !categoryOfNeedCodes.has(episode.CIN)),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', CIN: 'N8' },
        { CHILD: '2', CIN: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', CIN: 'N9' },
        { CHILD: '2', CIN: '' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
