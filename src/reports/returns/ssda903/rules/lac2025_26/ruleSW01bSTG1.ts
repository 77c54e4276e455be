// SSDA903 2025-26 rule SW01bSTG1: a social worker episode has its start date, and one begun from 1 April 2023 its social worker ID and reason for change.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { socialWorkerReasonsFrom } from '../../ruleSupport.ts';

export const ruleSW01bSTG1 = defineRule903({
  code: 'SW01bSTG1',
  message: 'For each social worker episode, information should be complete',
  tables: ['SWEpisodes'],
  check: (context) =>
    rowsWhere(context, 'SWEpisodes', (episode) => {
      const began = context.day(episode.SW_DECOM);
      return (
        episode.SW_DECOM === '' ||
        (began !== null && began >= socialWorkerReasonsFrom && (episode.SW_ID === '' || episode.SW_REASON === ''))
      );
    }),
  examples: {
    passing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '31/03/2023' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/04/2023', SW_REASON: 'MANAGE' },
      ],
    },
    failing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/04/2023', SW_REASON: '' },
      ],
    },
    flags: [
      ['SWEpisodes', 1],
      ['SWEpisodes', 2],
    ],
  },
});
