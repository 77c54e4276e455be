// SSDA903 2025-26 rule 1000: a child who died in care (REC E2, this year or last) has no care leaver information.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule1000 = defineRule903({
  code: '1000',
  message:
    'This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]',
  tables: ['Episodes', 'OC3'],
  check: (context) => {
    const died = (episodes: readonly { REC: string }[] | undefined) =>
      (episodes ?? []).some((episode) => episode.REC === 'E2');
    const thisYear = context.byChild('Episodes');
    const lastYear = context.previousByChild('Episodes');
    return rowsWhere(context, 'OC3', (leaver) => died(thisYear.get(leaver.CHILD)) || died(lastYear.get(leaver.CHILD)));
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2024', DEC: '01/06/2025', REC: 'E13' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
      previous: { Episodes: [{ CHILD: '2', DECOM: '01/04/2024', DEC: '01/06/2024', REC: 'E13' }] },
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2024', DEC: '01/06/2025', REC: 'E2' }],
      OC3: [
        { CHILD: '1', IN_TOUCH: 'DIED' },
        { CHILD: '2', IN_TOUCH: 'DIED' },
        { CHILD: '3', IN_TOUCH: 'YES' },
      ],
      previous: { Episodes: [{ CHILD: '2', DECOM: '01/04/2024', DEC: '01/06/2024', REC: 'E2' }] },
    },
    flags: [
      ['OC3', 1],
      ['OC3', 2],
    ],
  },
});
