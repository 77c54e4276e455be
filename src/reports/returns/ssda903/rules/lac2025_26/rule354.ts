// SSDA903 2025-26 rule 354: the date an episode began (DECOM) is on or before the end of the collection year (the DfE's message speaks of the date ceased; its check is DECOM).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule354 = defineRule903({
  code: '354',
  message: 'Date episode ceased must be on or before the end of the current collection year.',
  tables: ['Episodes'],
  check: (context) => rowsWhere(context, 'Episodes', (episode) => (context.day(episode.DECOM) ?? 0) > context.year.end),
  examples: {
    year: '2025-26',
    passing: { Episodes: [{ CHILD: '1', DECOM: '31/03/2026' }] },
    failing: { Episodes: [{ CHILD: '1', DECOM: '01/04/2026' }] },
    flags: [['Episodes', 1]],
  },
});
