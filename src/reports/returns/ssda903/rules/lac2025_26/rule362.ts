// SSDA903 2025-26 rule 362: an emergency protection order (legal status L2), across episodes that follow on, lasts no more than 21 days.
import { defineRule903 } from '../../rule.ts';
import { spellsLongerThan } from '../../ruleSupport.ts';

export const rule362 = defineRule903({
  code: '362',
  message: 'Emergency protection order (EPO) lasted longer than 21 days',
  tables: ['Episodes'],
  check: (context) => spellsLongerThan(context, 'L2', 21),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/04/2025', LS: 'L2' },
        { CHILD: '1', DECOM: '10/04/2025', DEC: '22/04/2025', LS: 'L2' },
        { CHILD: '1', DECOM: '22/04/2025', DEC: '01/09/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '11/03/2026', LS: 'L2' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '10/04/2025', LS: 'L2' },
        { CHILD: '1', DECOM: '10/04/2025', DEC: '23/04/2025', LS: 'L2' },
        { CHILD: '1', DECOM: '23/04/2025', DEC: '01/09/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '09/03/2026', LS: 'L2' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
      ['Episodes', 4],
    ],
  },
});
