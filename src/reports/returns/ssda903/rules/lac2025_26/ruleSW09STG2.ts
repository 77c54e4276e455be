// SSDA903 2025-26 rule SW09STG2: a social worker episode does not end the day it began.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleSW09STG2 = defineRule903({
  code: 'SW09STG2',
  message: 'Social worker episode appears to have lasted for less than 24 hours.',
  tables: ['SWEpisodes'],
  check: (context) =>
    rowsWhere(context, 'SWEpisodes', (episode) => {
      const began = context.day(episode.SW_DECOM);
      return began !== null && began === context.day(episode.SW_DEC);
    }),
  examples: {
    passing: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/06/2025', SW_DEC: '02/06/2025' }] },
    failing: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/06/2025', SW_DEC: '01/06/2025' }] },
    flags: [['SWEpisodes', 1]],
  },
});
