// SSDA903 2025-26 rule 385: the date an episode ceased (DEC) is on or before the end of the collection year (31 March).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule385 = defineRule903({
  code: '385',
  message: 'Date episode ceased must be on or before the end of the current collection year.',
  tables: ['Episodes'],
  check: (context) => rowsWhere(context, 'Episodes', (episode) => (context.day(episode.DEC) ?? 0) > context.year.end),
  examples: {
    year: '2025-26',
    passing: { Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '31/03/2026' }] },
    failing: { Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '01/04/2026' }] },
    flags: [['Episodes', 1]],
  },
});
