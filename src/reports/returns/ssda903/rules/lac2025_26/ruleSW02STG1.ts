// SSDA903 2025-26 rule SW02STG1: a social worker ID begins SW (or XX when not known).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleSW02STG1 = defineRule903({
  code: 'SW02STG1',
  message: 'Social worker ID does not begin with the characters ‘SW’ or ‘XX’.',
  tables: ['SWEpisodes'],
  check: (context) =>
    rowsWhere(context, 'SWEpisodes', (episode) => !episode.SW_ID.startsWith('SW') && !episode.SW_ID.startsWith('XX')),
  examples: {
    passing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1234' },
        { CHILD: '2', SW_ID: 'XX' },
      ],
    },
    failing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'sw1234' },
        { CHILD: '2', SW_ID: '' },
      ],
    },
    flags: [
      ['SWEpisodes', 1],
      ['SWEpisodes', 2],
    ],
  },
});
