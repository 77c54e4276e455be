// SSDA903 2025-26 rule SW07STG2: a social worker episode ends (SW_DEC) within the social worker reporting period: from 1 April of the year before the collection year to its 31 March.
import { dayFromParts } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleSW07STG2 = defineRule903({
  code: 'SW07STG2',
  message:
    'Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.',
  tables: ['SWEpisodes'],
  check: (context) => {
    const periodStart = dayFromParts(context.year.firstYear - 1, 4, 1) as number;
    return rowsWhere(context, 'SWEpisodes', (episode) => {
      const ended = context.day(episode.SW_DEC);
      return ended !== null && (ended < periodStart || ended > context.year.end);
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/01/2024', SW_DEC: '01/04/2024' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/01/2026', SW_DEC: '31/03/2026' },
      ],
    },
    failing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/01/2024', SW_DEC: '31/03/2024' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/01/2026', SW_DEC: '01/04/2026' },
      ],
    },
    flags: [
      ['SWEpisodes', 1],
      ['SWEpisodes', 2],
    ],
  },
});
