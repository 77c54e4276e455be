// SSDA903 2025-26 rule SW04STG1: the date a social worker episode began (SW_DECOM) is a valid date when given.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleSW04STG1 = defineRule903({
  code: 'SW04STG1',
  message: 'Date social worker episode began is not a valid date..',
  tables: ['SWEpisodes'],
  check: (context) =>
    rowsWhere(context, 'SWEpisodes', (episode) => episode.SW_DECOM !== '' && context.day(episode.SW_DECOM) === null),
  examples: {
    passing: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '29/02/2024' }] },
    failing: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '29/02/2025' }] },
    flags: [['SWEpisodes', 1]],
  },
});
