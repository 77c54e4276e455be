// SSDA903 2025-26 rule SW05STG1: the date a social worker episode ended (SW_DEC) is a valid date when given (the DfE's message repeats SW04's "began").
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleSW05STG1 = defineRule903({
  code: 'SW05STG1',
  message: 'Date social worker episode began is not a valid date.',
  tables: ['SWEpisodes'],
  check: (context) =>
    rowsWhere(context, 'SWEpisodes', (episode) => episode.SW_DEC !== '' && context.day(episode.SW_DEC) === null),
  examples: {
    passing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '31/03/2026' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '' },
      ],
    },
    failing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '31/04/2025' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '' },
      ],
    },
    flags: [['SWEpisodes', 1]],
  },
});
