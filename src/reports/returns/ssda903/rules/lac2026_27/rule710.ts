// SSDA903 2026-27 rule 710: during a deprivation of liberty order the child is not in a secure children's home (K1), with parents (P1), a young offender institution (R5) or supported accommodation (K3).
import { defineRule903 } from '../../rule.ts';
import { doLosWithPlacements } from '../../ruleSupport.ts';

const forbiddenPlacements = new Set(['K1', 'P1', 'R5', 'K3']);

export const rule710 = defineRule903({
  code: '710',
  message:
    "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.",
  tables: ['Episodes', 'DoLo'],
  check: (context) => doLosWithPlacements(context, (placement) => forbiddenPlacements.has(placement)),
  examples: {
    year: '2026-27',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2026', DEC: '01/09/2026', REC: 'X1', PLACE: 'K1' },
        { CHILD: '1', DECOM: '01/09/2026', PLACE: 'K2' },
      ],
      DoLo: [{ CHILD: '1', DOLO_START: '02/09/2026', DOLO_END: '01/12/2026' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2026', DEC: '01/09/2026', REC: 'X1', PLACE: 'K1' },
        { CHILD: '1', DECOM: '01/09/2026', PLACE: 'K2' },
      ],
      DoLo: [{ CHILD: '1', DOLO_START: '01/09/2026', DOLO_END: '01/12/2026' }],
    },
    flags: [
      ['DoLo', 1],
      ['Episodes', 1],
    ],
  },
});
