// SSDA903 2025-26 rule 363: a child assessment order (legal status L3), across episodes that follow on, lasts no more than 7 days (Children Act 1989 s.43).
import { defineRule903 } from '../../rule.ts';
import { spellsLongerThan } from '../../ruleSupport.ts';

export const rule363 = defineRule903({
  code: '363',
  message: 'Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.',
  tables: ['Episodes'],
  check: (context) => spellsLongerThan(context, 'L3', 7),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '04/05/2025', LS: 'L3' },
        { CHILD: '1', DECOM: '04/05/2025', DEC: '08/05/2025', LS: 'L3' },
        { CHILD: '2', DECOM: '24/03/2026', LS: 'L3' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '04/05/2025', LS: 'L3' },
        { CHILD: '1', DECOM: '04/05/2025', DEC: '09/05/2025', LS: 'L3' },
        { CHILD: '2', DECOM: '23/03/2026', LS: 'L3' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
      ['Episodes', 3],
    ],
  },
});
