// SSDA903 2025-26 rule 192: a child with a substance misuse problem has the intervention received item completed.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule192 = defineRule903({
  code: '192',
  message:
    'Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(context, 'OC2', (child) => child.SUBSTANCE_MISUSE === '1' && child.INTERVENTION_RECEIVED === ''),
  examples: {
    passing: {
      OC2: [
        { CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' },
        { CHILD: '2', SUBSTANCE_MISUSE: '0' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_OFFERED: '1' },
        { CHILD: '2', SUBSTANCE_MISUSE: '0' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
