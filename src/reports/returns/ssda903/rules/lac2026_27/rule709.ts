// SSDA903 2026-27 rule 709: a child's episodes during a deprivation of liberty order are in a children's home (K2) or the expected other placements (Z12, Z13).
import { defineRule903 } from '../../rule.ts';
import { doLosWithPlacements } from '../../ruleSupport.ts';

const expectedPlacements = new Set(['K2', 'Z12', 'Z13']);

export const rule709 = defineRule903({
  code: '709',
  message: 'Child with a DoLO is in an unexpected placement type.',
  tables: ['Episodes', 'DoLo'],
  check: (context) => doLosWithPlacements(context, (placement) => !expectedPlacements.has(placement)),
  examples: {
    year: '2026-27',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2026', DEC: '01/09/2026', REC: 'X1', PLACE: 'U1' },
        { CHILD: '1', DECOM: '01/09/2026', PLACE: 'K2' },
      ],
      DoLo: [{ CHILD: '1', DOLO_START: '02/09/2026' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2026', DEC: '01/09/2026', REC: 'X1', PLACE: 'U1' },
        { CHILD: '1', DECOM: '01/09/2026', PLACE: 'K2' },
      ],
      DoLo: [{ CHILD: '1', DOLO_START: '01/09/2026' }],
    },
    flags: [
      ['DoLo', 1],
      ['Episodes', 1],
    ],
  },
});
