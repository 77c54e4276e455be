// SSDA903 2025-26 rule 361: police protection (legal status L1), across episodes that follow on, lasts no more than 72 hours (3 days).
import { defineRule903 } from '../../rule.ts';
import { spellsLongerThan } from '../../ruleSupport.ts';

export const rule361 = defineRule903({
  code: '361',
  message: 'Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.',
  tables: ['Episodes'],
  check: (context) => spellsLongerThan(context, 'L1', 3),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '27/02/2024', DEC: '01/03/2024', LS: 'L1' },
        { CHILD: '1', DECOM: '01/03/2024', DEC: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '28/03/2026', LS: 'L1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '27/02/2024', DEC: '01/03/2024', LS: 'L1' },
        { CHILD: '1', DECOM: '01/03/2024', DEC: '02/03/2024', LS: 'L1' },
        { CHILD: '1', DECOM: '02/03/2024', DEC: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '27/03/2026', LS: 'L1' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
      ['Episodes', 4],
    ],
  },
});
