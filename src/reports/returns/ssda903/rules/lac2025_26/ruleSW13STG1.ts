// SSDA903 2025-26 rule SW13STG1: the reason for the social worker change (SW_REASON) is one of the DfE's codes, and is given for an episode from 1 April 2023.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { socialWorkerReasonsFrom } from '../../ruleSupport.ts';
import { socialWorkerChangeCodes } from '../../validCodes.ts';

export const ruleSW13STG1 = defineRule903({
  code: 'SW13STG1',
  message: 'The reason for social worker change is not valid.',
  tables: ['SWEpisodes'],
  check: (context) =>
    rowsWhere(context, 'SWEpisodes', (episode) =>
      episode.SW_REASON === ''
        ? (context.day(episode.SW_DECOM) ?? 0) >= socialWorkerReasonsFrom
        : !socialWorkerChangeCodes.has(episode.SW_REASON),
    ),
  examples: {
    passing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '31/03/2023', SW_REASON: '' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/04/2023', SW_REASON: 'OTHERS' },
      ],
    },
    failing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '31/03/2023', SW_REASON: 'OTHER' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/04/2023', SW_REASON: '' },
      ],
    },
    flags: [
      ['SWEpisodes', 1],
      ['SWEpisodes', 2],
    ],
  },
});
