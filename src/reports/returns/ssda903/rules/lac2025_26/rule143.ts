// SSDA903 2025-26 rule 143: the reason for new episode, when given, is one of the year's codes (S L P T B U).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { reasonForNewEpisodeCodes } from '../../validCodes.ts';

export const rule143 = defineRule903({
  code: '143',
  message: 'The reason for new episode code is not a valid code.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => episode.RNE !== '' && !reasonForNewEpisodeCodes.has(episode.RNE)),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', RNE: 'S' },
        { CHILD: '1', RNE: 'U' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', RNE: 'S' },
        { CHILD: '1', RNE: 'X' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
