// SSDA903 2025-26 rule 148: an episode's end date and reason ended are both given or both blank.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule148 = defineRule903({
  code: '148',
  message: 'Date episode ceased and reason episode ceased must both be coded, or both left blank.',
  tables: ['Episodes'],
  check: (context) => rowsWhere(context, 'Episodes', (episode) => (episode.DEC === '') !== (episode.REC === '')),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '31/03/2026', REC: 'X1' },
        { CHILD: '1', DECOM: '31/03/2026', DEC: '', REC: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '31/03/2026', REC: '' },
        { CHILD: '1', DECOM: '31/03/2026', DEC: '', REC: 'X1' },
        { CHILD: '2', DECOM: '31/03/2026', DEC: '', REC: '' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
