// SSDA903 2025-26 rule SW06STG2: a social worker episode starts (SW_DECOM) on or before the end of the collection year.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleSW06STG2 = defineRule903({
  code: 'SW06STG2',
  message: 'Social worker episode data should be within the social worker data reporting year.',
  tables: ['SWEpisodes'],
  check: (context) =>
    rowsWhere(context, 'SWEpisodes', (episode) => (context.day(episode.SW_DECOM) ?? 0) > context.year.end),
  examples: {
    year: '2025-26',
    passing: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '31/03/2026' }] },
    failing: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2026' }] },
    flags: [['SWEpisodes', 1]],
  },
});
